# itertools.chain ends for good (StopIteration after) when its source of iterables raises,
# ends, or yields something not iterable, as CPython's chain_next clears its source; an
# error from the active iterator leaves the chain going.
import itertools


def attempt(it, n=3):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
        except Exception as e:
            out.append(type(e).__name__)
    return out


# an item that is not iterable ends the chain
print(attempt(itertools.chain(1, [2])))
print(attempt(itertools.chain("ab", 1, "cd"), 5))
print(attempt(itertools.chain.from_iterable(["ab", 1, "cd"]), 5))


# the source of iterables raising ends it too
def source():
    yield [1]
    raise ValueError("source")


print(attempt(itertools.chain.from_iterable(source()), 4))


# an active iterator raising does not: the chain goes on with it
class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise KeyError("flaky")
        if self.n > 3:
            raise StopIteration
        return self.n


print(attempt(itertools.chain(Flaky(), "z"), 5))
