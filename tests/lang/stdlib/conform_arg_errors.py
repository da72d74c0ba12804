# Argument errors users hit: re pos/endpos must be ints (via __index__), heapq.nlargest /
# nsmallest check n like CPython, os.getenv needs a str key, os.path.join's first argument.
import re, heapq, os
class Idx:
    def __index__(self): return 1
p = re.compile("a")
for args in [("xa", "b"), ("xa", 1.5), ("xa", None), ("xa", True), ("xa", Idx()), ("xa", 0, "z")]:
    for meth in (p.search, p.match, p.fullmatch, p.findall):
        try:
            print(meth.__name__, meth(*args))
        except TypeError as e:
            print(meth.__name__, "TypeError:", e)
for fn in (heapq.nlargest, heapq.nsmallest):
    for n, it in [("x", [1]), (2.0, [1]), (None, [1]), (0, [1, 2]), (-1, iter([1])), (3, [3, 1, 2]), (2, iter([5, 1, 4])), (1, [])]:
        try:
            print(fn.__name__, n, fn(n, it))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
for k in [1, None, b"PATH"]:
    try:
        os.getenv(k)
    except TypeError as e:
        print("TypeError:", e)
for a in [(1,), (None, "a"), ("a", 1), (b"a", "b")]:
    try:
        os.path.join(*a)
    except TypeError as e:
        print("TypeError:", e)
