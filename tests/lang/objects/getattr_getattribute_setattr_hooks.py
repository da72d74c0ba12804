# __getattr__ fallback, __getattribute__ override, __setattr__/__delattr__, hasattr/getattr.
class G:
    cls_attr = 'c'
    def __getattr__(self, name):
        if name.startswith('bad'):
            raise AttributeError(name)
        return "dyn_" + name
g = G()
g.real = 1
print(g.real, g.other, g.cls_attr, hasattr(g, 'bad_x'), getattr(g, 'bad_y', 'dflt'))
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
ga = GA()
ga.q = 3
print(ga.secret, ga.q)
try:
    ga.missing
except AttributeError as e:
    print(e)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(Both().boom, Both().zzz)
class SA:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
sa = SA()
sa.t = 1
print(sa.t)
del sa.t
print(hasattr(sa, 't'), getattr(sa, 't', 'dflt'))
try:
    del sa.t
except AttributeError as e:
    print(e)
class Ro:
    def __setattr__(self, k, v):
        raise AttributeError(f"read-only {k}")
try:
    Ro().x = 1
except AttributeError as e:
    print(e)
class Data:
    def __get__(self, obj, typ=None):
        return 'data'
    def __set__(self, obj, v):
        print('data set', v)
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'
class H:
    d = Data()
    n = NonData()
h = H()
h.__dict__['d'] = 'shadow?'
h.__dict__['n'] = 'shadowed'
h.d = 5
print(h.d, h.n, H.d, H.n)
