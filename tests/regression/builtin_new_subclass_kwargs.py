# map, filter and the itertools iterators refused keyword arguments even for a subclass
# whose own __init__ takes them ("chain() takes no keyword arguments"). As in CPython,
# their __new__ refuses keywords only while the class keeps object.__init__.
import operator
from itertools import *


def is_even(x):
    return x % 2 == 0


cases = [
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (map, (str, [1, 2]), ['1', '2']),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (is_even, [2, 3, 4]), [2]),
    (dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (pairwise, ('abc',), [('a', 'b'), ('b', 'c')]),
]
for cls, args, result in cases:
    class plain(cls):
        pass

    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    class with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self

    for k in (cls, plain):
        try:
            k(*args, newarg=3)
        except TypeError as e:
            print(k.__name__, 'TypeError', e)
    u = with_init(*args, newarg=3)
    print(type(u).__name__, list(islice(u, 0, 3)) == result, u.newarg)
    u = with_new(*args, newarg=3)
    print(type(u).__name__, list(islice(u, 0, 3)) == result, u.newarg)
    # the positional checks still apply after the keywords are set aside
    try:
        with_init(newarg=3)
    except TypeError as e:
        print('TypeError', e)
