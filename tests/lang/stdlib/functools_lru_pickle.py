# A function decorated with lru_cache/cache pickles by reference (its qualified name), as
# CPython's; it raised "cannot pickle '_lru_cache_wrapper' object".
import copy
import functools
import pickle


@functools.lru_cache(maxsize=4)
def square(x):
    return x * x


@functools.cache
def cube(x):
    return x ** 3


class Holder:
    @staticmethod
    @functools.lru_cache
    def twice(x):
        return 2 * x


for f in (square, cube, Holder.twice):
    print(f.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(f, proto)) is f
    print(copy.copy(f) is f, copy.deepcopy(f) is f, f(3))


def local():
    @functools.lru_cache
    def inner(x):
        return x
    return inner


try:
    pickle.dumps(local())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
