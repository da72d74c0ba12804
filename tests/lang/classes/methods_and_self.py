# Methods are functions bound to instances; self is passed explicitly when called via the class.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting='Hello'):
        return f'{greeting}, {self.name}'
g = Greeter('Ann')
print(g.greet(), Greeter.greet(g, 'Hi'))
m = g.greet
print(m('Yo'), m.__self__ is g, m.__func__ is Greeter.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
def external(self):
    return 'external ' + self.name
Greeter.ext = external
print(g.ext())
