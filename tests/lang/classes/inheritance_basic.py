# Single inheritance: overriding, extending and attribute lookup through bases.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Cat(Animal):
    sound = 'meow'
class Lion(Cat):
    def speak(self):
        return super().speak().upper()
    def kind(self):
        return 'big ' + Animal.kind(self)
for a in [Animal('generic'), Cat('tom'), Lion('leo')]:
    print(a.speak(), a.kind())
print(Lion.__bases__[0].__name__, Cat.__base__.__name__, Animal.__bases__[0].__name__)
print(isinstance(Lion('x'), Animal), issubclass(Lion, Cat), issubclass(Cat, Lion))
print([c.__name__ for c in Lion.__mro__])
