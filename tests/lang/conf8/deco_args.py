import functools, time
def repeat(times=2, *, sep=None):
    if not isinstance(times, int):
        raise TypeError(f"times must be int, got {type(times).__name__}")
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            out = [fn(*a, **k) for _ in range(times)]
            return sep.join(map(str, out)) if sep is not None else out
        wrapper.times = times
        return wrapper
    return deco

@repeat(3, sep="-")
def hello(name="x"):
    """Say hello."""
    return f"hi {name}"
print(hello(), hello("bob"), hello.__name__, hello.__doc__, hello.times, hello.__wrapped__("z"))
@repeat()
def one(): return 1
print(one())
try:
    @repeat("3")
    def bad(): pass
except TypeError as e:
    print(e)

def counted(fn):
    fn.calls = 0
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w

class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn, self.cache = fn, {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return functools.partial(self, obj)

@Memo
@counted
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.__wrapped__.calls, len(fib.cache), fib.__name__)

class Calc:
    @Memo
    def sq(self, x):
        return x * x
c = Calc()
print(c.sq(4), c.sq(4), len(Calc.sq.cache), type(Calc.sq).__name__)

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def w(*args, **kw):
            import inspect
            bound = inspect.signature(fn).bind(*args, **kw)
            for k, v in bound.arguments.items():
                if k in types and not isinstance(v, types[k]):
                    raise TypeError(f"{fn.__name__}() arg {k!r} must be {types[k].__name__}, not {type(v).__name__}")
            return fn(*args, **kw)
        return w
    return deco

@validate(a=int, b=str)
def f(a, b="s", *, c=0):
    return a, b, c
print(f(1), f(2, "x", c=3))
for args, kw in [((1.0,), {}), ((1, 2), {}), ((), {}), ((1,), {"d": 1})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)

def deco_stack(label):
    def d(fn):
        print("decorating", fn.__name__, "with", label)
        return fn
    return d
@deco_stack("outer")
@deco_stack("inner")
def g(): pass

class Registry:
    def __init__(self): self.items = {}
    def register(self, name=None):
        def d(fn):
            self.items[name or fn.__name__] = fn
            return fn
        return d
reg = Registry()
@reg.register()
def alpha(): return "a"
@reg.register("B")
def beta(): return "b"
print(sorted(reg.items), reg.items["B"]())
print(functools.reduce(lambda f, g: lambda x: g(f(x)), [lambda x: x + 1, lambda x: x * 2, str])(5))
