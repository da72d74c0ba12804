# A metaclass derived from type can customise class creation.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = mcls.__name__
        ns['upper_name'] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print('creating', cls.__name__, args)
        return super().__call__(*args)
class Widget(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Button(Widget):
    pass
print(Widget.created_by, Widget.upper_name, Button.upper_name)
w = Button(5)
print(w.v, type(Widget).__name__, type(Button) is Meta, isinstance(Widget, type))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
Dyn = type('Dyn', (object,), {'x': 1, 'hi': lambda self: 'hi'})
print(Dyn.__name__, Dyn.x, Dyn().hi())
