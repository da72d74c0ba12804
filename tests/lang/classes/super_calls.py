# super() in __init__ and methods, including the two-argument form.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base.__init__', x)
    def describe(self):
        return f'Base(x={self.x})'
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Child.__init__', y)
    def describe(self):
        return 'Child+' + super().describe()
class GrandChild(Child):
    def describe(self):
        return 'Grand+' + super(Child, self).describe()
c = GrandChild(1, 2)
print(c.describe(), c.x, c.y)
class NoInitChild(Base):
    pass
n = NoInitChild(5)
print(n.describe())
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls):
        return 'Sub:' + super().make()
print(Sub.make())
