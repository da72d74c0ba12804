def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 99
    return [f() for f in fs]
print(late())
def cell_del():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
cell_del()
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)
def param_deco(times):
    def deco(fn):
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return w
    return deco
@param_deco(3)
def hi(name): return 'hi ' + name
print(hi('bo'))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn; self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
    def __get__(self, obj, typ=None):
        if obj is None: return self
        import functools
        return functools.partial(self, obj)
class W:
    @CountCalls
    def m(self, x): return x * 2
w = W()
print(w.m(2), w.m(3), W.m.calls)
def gen_closure():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    return g(), lambda: x
gg, peek = gen_closure()
next(gg); next(gg)
print(peek())
x = 'global'
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def outer2():
    def inner():
        return y
    y = 'defined later'
    return inner()
print(outer2())
fns = {}
for name in ['a', 'b']:
    exec(f'def {name}_fn(): return "{name}"', fns)
print(fns['a_fn'](), fns['b_fn']())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-5))
import functools
@functools.lru_cache
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack.cache_info().hits > 0)
def kw_closure(**opts):
    def f(**more):
        return {**opts, **more}
    return f
print(kw_closure(a=1)(b=2))
print((lambda f: f(f, 5))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1)))
