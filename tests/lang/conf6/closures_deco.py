def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
t(lambda: [f(10) for f in make_adders()])
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return mid()
inc = outer()
t(inc); t(inc); t(lambda: inc.__code__.co_freevars); t(lambda: outer.__code__.co_cellvars)
def gen_closure():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    return acc
a1, a2 = gen_closure(), gen_closure()
a1(5); a1(5); a2(1)
t(lambda: (a1(0), a2(0)))
def class_closure():
    val = 'captured'
    class K:
        def get(self): return val
        attr = val
    return K
t(lambda: (class_closure()().get(), class_closure().attr))
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
t(late)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
t(lambda: fib(50)); t(lambda: len(fib.cache))
def param_deco(times):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(times)]
        return w
    return deco
@param_deco(3)
def hi(n): return 'hi' + n
t(lambda: hi('!'))
def d1(f): return lambda: 'd1(' + f() + ')'
def d2(f): return lambda: 'd2(' + f() + ')'
@d1
@d2
def base(): return 'base'
t(base)
@lambda f: f()
def immediate(): return 'ran at def'
t(lambda: immediate)
class CountCalls:
    def __init__(self, f):
        self.f = f; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def sq(x): return x * x
sq(2); sq(3)
t(lambda: sq.n)
def class_deco(cls):
    cls.added = 'yes'
    return cls
@class_deco
class Dec: pass
t(lambda: Dec.added)
import functools
@functools.lru_cache(maxsize=None)
def lf(n): return n * 2
lf(1); lf(1); lf(2)
t(lambda: lf.cache_info())
@functools.cache
def cf(n): return n
t(lambda: (cf(1), cf.cache_info().misses))
@functools.singledispatch
def sd(x): return 'default'
@sd.register
def _(x: int): return 'int'
@sd.register(list)
def _(x): return 'list'
t(lambda: (sd(1), sd([]), sd('s'), sd(True)))
class Prop:
    @functools.cached_property
    def heavy(self):
        print('computing'); return 42
p = Prop()
t(lambda: (p.heavy, p.heavy))
t(lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
t(lambda: functools.reduce(lambda a, b: a, []))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
t(lambda: (V(1) <= V(2), V(3) > V(2), V(2) >= V(2)))
def f_with_attrs(): pass
f_with_attrs.custom = 1
t(lambda: f_with_attrs.__dict__)
t(lambda: (lambda: 0).__name__)
x = 'module'
def shadow():
    x = 'local'
    def g():
        global x
        return x
    return g()
t(shadow)
def nonlocal_err():
    exec("def f():\n  nonlocal q\n")
t(nonlocal_err)
t(lambda: compile("def f():\n  x = 1\n  global x\n", "<s>", "exec"))
t(lambda: compile("def f(a):\n  global a\n", "<s>", "exec"))
t(lambda: compile("def f():\n  nonlocal x\n", "<s>", "exec"))
t(lambda: compile("x = 1\ndef f():\n  print(x)\n  global x\n", "<s>", "exec"))
t(lambda: compile("def f():\n  def g():\n    nonlocal y\n  y = 1\n", "<s>", "exec") is not None)
t(lambda: compile("class C:\n  nonlocal z\n", "<s>", "exec"))
