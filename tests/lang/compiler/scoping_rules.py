# Name resolution: locals, globals, nonlocal, cells shared between closures, class scopes
# that do not enclose their methods, __class__ / super(), name mangling.
x = 'global x'

def read_global():
    return x

def local_shadow():
    x = 'local x'
    return x

def declared_global():
    global x
    x = 'rebound by declared_global'

print(read_global(), local_shadow())
declared_global()
print(x)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc()
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)

def outer():
    a = 1
    def middle():
        def inner():
            return a          # free in middle too (passes through)
        return inner
    return middle()()
print(outer(), outer.__code__.co_cellvars)

def param_cell(p, q):
    def f():
        return p + q
    p = p * 10
    return f()
print(param_cell(1, 2))

y = 'module y'
class C:
    y = 'class y'
    z = y + '!'               # class body sees its own names
    def m(self):
        return y              # but methods do not: module y
    def mangled(self):
        self.__secret = 42
        return self._C__secret, self.__secret
    lst = [y for _ in range(1)]   # comprehension: class names invisible (except 1st iter)
    first = [v for v in (y,)]
print(C.z, C().m(), C().mangled(), C.lst, C.first)

def make_class():
    v = 'from function'
    t = 'free t'
    class K:
        w = t                 # a free variable read in a class body
        v = 'class v'
        u = v
        def get(self):
            return v          # the function's v
    return K
K = make_class()
print(K.w, K.u, K().get())

class Base:
    def hello(self):
        return 'base hello'
class Derived(Base):
    def hello(self):
        return 'derived+' + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())

def shadow_builtin():
    len = lambda s: -1
    return len('abc')
print(shadow_builtin(), len('abc'))

def unbound():
    try:
        print(zz)
        zz = 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
unbound()

def nonlocal_deleted():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
nonlocal_deleted()

def walrus_scope():
    data = [1, 2, 3]
    if any((hit := v) > 1 for v in data):
        return hit
print(walrus_scope())

def lambda_defaults():
    fs = [lambda i=i: i for i in range(3)]
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(lambda_defaults())

def qualnames():
    def inner():
        class Local:
            def meth(self):
                return (lambda: 0)
        return Local
    return inner()
L = qualnames()
print(L.__qualname__, L.meth.__qualname__, L().meth().__qualname__)

class Outer:
    class Inner:
        def f(self):
            pass
    def g(self):
        return [lambda: 1 for _ in range(1)][0]
print(Outer.Inner.f.__qualname__, Outer().g().__qualname__)

def global_func():
    global late
    def late():
        return 'late'
global_func()
print(late.__qualname__, late())
