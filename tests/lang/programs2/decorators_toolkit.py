# Hand-written decorators: counting, memoizing, retry, validation, with *args/**kwargs passthrough.

def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


def memoize(func):
    cache = {}
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache
    wrapper.__name__ = func.__name__
    return wrapper


def retry(times, exceptions=(Exception,)):
    def decorator(func):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, attempt=attempt, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} of {func.__name__} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last
        return wrapper
    return decorator


def typed(**types):
    def decorator(func):
        names = func.__code__.co_varnames[:func.__code__.co_argcount]
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args))
            bound.update(kwargs)
            for name, tp in types.items():
                if name in bound and not isinstance(bound[name], tp):
                    tname = "/".join(t.__name__ for t in tp) if isinstance(tp, tuple) else tp.__name__
                    raise TypeError(f"{name} must be {tname}, got {type(bound[name]).__name__}")
            return func(*args, **kwargs)
        return wrapper
    return decorator


def trace(prefix=">>"):
    depth = [0]
    def decorator(func):
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{'  ' * depth[0]}{prefix} {func.__name__}({', '.join(parts)})")
            depth[0] += 1
            try:
                result = func(*args, **kwargs)
            finally:
                depth[0] -= 1
            print(f"{'  ' * depth[0]}<< {result!r}")
            return result
        return wrapper
    return decorator


@counted
def greet(name, *, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"

print(greet("Ann"), greet("Bob", punctuation="?"), greet.calls, greet.__name__, greet.__doc__)


@memoize
@counted
def slow_square(n, offset=0):
    return n * n + offset

results = [slow_square(i % 3, offset=i % 2) for i in range(10)]
print(results, len(slow_square.cache))


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(90) =", fib(90), "cache size", len(fib.cache))


state = {"fails": 2}

@retry(3, exceptions=(ValueError,))
def flaky(x, *, attempt):
    if state["fails"] > 0:
        state["fails"] -= 1
        raise ValueError(f"flaky on attempt {attempt}")
    return x * 10

print("flaky ->", flaky(4))
state["fails"] = 5
try:
    flaky(5)
except RuntimeError as e:
    print("gave up:", e, "| cause:", repr(e.__cause__))


@typed(a=int, b=(int, float))
def add(a, b=1):
    return a + b

print(add(2, 3), add(2, b=2.5), add(7))
for bad in [("x", 1), (1, "y")]:
    try:
        add(*bad)
    except TypeError as e:
        print("TypeError:", e)


@trace()
def tree_sum(node):
    if isinstance(node, int):
        return node
    return sum(tree_sum(child) for child in node)

tree_sum([1, [2, 3], [[4]]])


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, *names):
        def decorator(func):
            for name in names or (func.__name__,):
                self.handlers[name] = func
            return func
        return decorator

    def dispatch(self, name, *args, **kwargs):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name!r}"
        return handler(*args, **kwargs)


reg = Registry()

@reg.register("add", "plus")
def _add(*nums):
    return sum(nums)

@reg.register()
def concat(*parts, sep=""):
    return sep.join(parts)

print(sorted(reg.handlers))
print(reg.dispatch("add", 1, 2, 3), reg.dispatch("plus", *range(5)))
print(reg.dispatch("concat", "a", "b", "c", sep="-"), reg.dispatch("missing"))

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

class cached_property_like:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property_like
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(f"{c.area:.3f}")
print(f"{c.area:.3f}")
print(type(Circle.__dict__["area"]).__name__, sorted(c.__dict__))
