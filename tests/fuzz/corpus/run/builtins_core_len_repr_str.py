# len, repr and str on builtin types.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(b'xy'))
print(repr(1), repr(1.5), repr('s'), repr([1, 's']), repr((1,)), repr({'k': None}), repr(None))
print(str(1), str(1.5), str('s'), str([1, 's']), str(b'b'), str(True))
print(repr(repr('x')), str(str('x')))
print(repr(range(3)), repr(len), repr(int), repr(type(None)))
print(repr(...), repr(NotImplemented), Ellipsis)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
