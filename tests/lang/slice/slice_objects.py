# slice objects: attributes, repr, use in indexing, and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
a = list(range(12))
print(a[s], a[slice(3)], a[slice(-3, None)], a[slice(None, None, -4)])
print('abcdefgh'[slice(2, 6)], tuple(range(5))[slice(None, 2)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
