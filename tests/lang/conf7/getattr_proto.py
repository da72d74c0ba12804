class A:
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return 'dyn_' + name
a = A()
print(a.x, a.y, getattr(a, 'zz'))
print(hasattr(a, '_q'))
try:
    a._q
except AttributeError as e:
    print(type(e).__name__, e, e.args)

class B:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('custom boom')
        if name == 'val':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
b = B()
print(b.val, b.boom, b.other)

class C:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return 'never'
try:
    C().x
except KeyError as e:
    print('KeyError', e)

class P:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'ga:' + name
print(P().p)

class D:
    __slots__ = ('a',)
try:
    D().a
except AttributeError as e:
    print(type(e).__name__, e)
d = D()
try:
    d.b = 1
except AttributeError as e:
    print(type(e).__name__, e)

class E:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print('del', k)
        object.__delattr__(self, k)
e = E()
e.q = 3
print(e.q)
del e.q
try:
    del e.q
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(getattr(e, 'nope', 'default'))
try:
    getattr(e, 1)
except TypeError as ex:
    print(ex)
try:
    setattr(e, 1, 2)
except TypeError as ex:
    print(ex)
try:
    object().foo = 1
except AttributeError as ex:
    print(ex)
try:
    object.__setattr__(1, 'x', 2)
except AttributeError as ex:
    print(ex)
class F: pass
f = F()
f.__dict__['k'] = 5
print(f.k, vars(f))
try:
    vars(1)
except TypeError as ex:
    print(ex)
try:
    f.__dict__ = 5
except TypeError as ex:
    print(ex)
f.__dict__ = {'z': 9}
print(f.z)
print(dir(f)[-1])
