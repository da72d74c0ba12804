# __getattr__ is a fallback; __getattribute__ intercepts every lookup.
class Fallback:
    real = 'real value'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'no attribute {name!r}')
f = Fallback()
print(f.real, f.dyn_hello, getattr(f, 'dyn_x'), hasattr(f, 'other'), getattr(f, 'other', 'dflt'))
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('lookup', name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.x)
class Both:
    a = 1
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback for {name}'
b = Both()
print(b.a, b.hidden, b.nothing)
