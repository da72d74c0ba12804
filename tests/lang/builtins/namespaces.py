# globals(), locals(), vars() and dir() in module, function and class scopes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

top = 1
print(globals() is vars(), 'top' in globals(), locals() is globals())
def func(a, b=2):
    c = a + b
    return sorted(locals()), sorted(dir())
print(func(1))
class K:
    x = 1
    inside = sorted(k for k in locals() if not k.startswith('__'))
    def m(self):
        pass
print(K.inside)
k = K()
k.attr = 5
print(vars(k), sorted(n for n in vars(K) if not n.startswith('__')))
print(sorted(n for n in dir(k) if not n.startswith('__')))
print('__len__' in dir([]), 'append' in dir(list), dir(5) == sorted(dir(5)))
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(WithDir()))
show('vars int', lambda: vars(1))
show('vars two', lambda: vars(1, 2))
show('dir two', lambda: dir(1, 2))
show('globals arg', lambda: globals(1))
show('locals arg', lambda: locals(1))
g = globals()
g['made_here'] = 'yes'
print(made_here)
import sys
print(type(vars(sys)).__name__, 'argv' in dir(sys))
