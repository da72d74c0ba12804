# Decorators with closures: memoization, call counting, timing-free tracing, retry and validation.
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def trace(prefix):
    def deco(fn):
        depth = [0]

        def wrapper(*args):
            print(f'{prefix}{"  " * depth[0]}-> {fn.__name__}{args}')
            depth[0] += 1
            try:
                result = fn(*args)
            finally:
                depth[0] -= 1
            print(f'{prefix}{"  " * depth[0]}<- {result}')
            return result
        return wrapper
    return deco


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except exceptions as e:
                    print(f'  attempt {attempt} failed: {e}')
            raise RuntimeError(f'{fn.__name__} failed after {times} attempts')
        return wrapper
    return deco


def typed(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f'argument {i} of {fn.__name__} must be {t.__name__}, not {type(a).__name__}')
            return fn(*args)
        return wrapper
    return deco


@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@memoize
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)


print(slow_fib(20), slow_fib.calls)
print(fast_fib(100), len(fast_fib.cache), fast_fib.__name__)


@trace('| ')
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4))
state = {'n': 0}


@retry(3, (ValueError,))
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f'not yet ({state["n"]})')
    return 'success'


print(flaky())


@retry(2)
def always_fails():
    raise KeyError('nope')


try:
    always_fails()
except RuntimeError as e:
    print('RuntimeError:', e)


@typed(int, str)
def repeat(n, s):
    return s * n


print(repeat(3, 'ab'))
try:
    repeat('3', 'ab')
except TypeError as e:
    print('TypeError:', e)


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), len(grid_paths.cache))
