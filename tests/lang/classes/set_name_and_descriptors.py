# Descriptors with __get__/__set__ and __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
print(p.name)
p.name = 'Ann'
p.age = 30
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__, Person.age.name)
