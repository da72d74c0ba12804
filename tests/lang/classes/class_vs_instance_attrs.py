# Class attributes are shared until shadowed by instance attributes.
class Dog:
    species = 'canine'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog('a'), Dog('b')
print(a.species, b.species)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
Dog.species = 'dog'
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick('sit')
b.add_trick('roll')
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
print('species' in vars(Dog), 'name' in vars(a), 'species' in vars(a))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter(); Counter()
print(Counter.count)
