# deque iterators as CPython's: which operations count as a mutation (not reverse(), not
# a no-op clear/*=/extend, but append on a deque of maxlen 0), the reverse iterator checks
# for its end before the mutation, __length_hint__ is the count left, and the iterator
# types take (deque, index) as __reduce__ gives them, so deque iterators pickle.
from collections import deque
ops = {"extendleft([])": lambda d: d.extendleft([]), "extend([])": lambda d: d.extend([]),
       "imul1": lambda d: d.__imul__(1), "imul-1": lambda d: d.__imul__(-1),
       "imul0": lambda d: d.__imul__(0), "imul2": lambda d: d.__imul__(2),
       "init([])": lambda d: d.__init__([]), "clear": lambda d: d.clear(),
       "rotate0": lambda d: d.rotate(0), "rotate1": lambda d: d.rotate(1), "reverse": lambda d: d.reverse(),
       "iadd([])": lambda d: d.__iadd__([]), "extendleft12": lambda d: d.extendleft([1, 2]),
       "append": lambda d: d.append(5)}
for factory in (iter, reversed):
    for items, maxlen in (([], None), ([1, 2], None), ([], 0), ([1, 2], 1)):
        for name, op in ops.items():
            d = deque(items, maxlen=maxlen)
            it = factory(d)
            op(d)
            try:
                r = list(it)
            except RuntimeError as e:
                r = "mutated"
            print(factory.__name__, items, maxlen, name, r)
import pickle
from collections import deque

klass = type(iter(deque()))
rklass = type(reversed(deque()))
print(klass.__name__, rklass.__name__)
for k in (klass, rklass):
    for i in (-5, 0, 2, 4, 9):
        print(k.__name__, i, list(k(deque("abcd"), i)))
    print(list(k(deque("abcd"), index=3)))
    for bad in ((), (5,), ("abcd",), (deque("ab"), 1, 2), (deque("ab"), "x")):
        try:
            k(*bad)
        except TypeError as e:
            print("TypeError", e)

d = deque("abcde")
it = iter(d)
next(it), next(it)
print(it.__length_hint__(), it.__reduce__()[0] is klass, it.__reduce__()[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(list(pickle.loads(pickle.dumps(it, proto))))
rit = reversed(d)
next(rit)
print(rit.__length_hint__(), rit.__reduce__()[1])
print(list(pickle.loads(pickle.dumps(rit))))
print(list(it), it.__length_hint__(), it.__reduce__()[1])
# after a mutation: the forward iterator keeps failing, the reverse one stops
d = deque([1, 2, 3])
it, rit = iter(d), reversed(d)
d.append(4)
for x in (it, rit):
    for _ in range(2):
        try:
            print(next(x))
        except RuntimeError as e:
            print(e)
        except StopIteration:
            print("stop")
    print(x.__length_hint__())
