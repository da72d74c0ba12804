# Iterators over dicts reflect insertion order and detect size changes.
d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d.items())
print(next(it), type(it).__name__)
print(list(it))
ki = iter(d)
next(ki)
d['d'] = 4
try:
    next(ki)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
si = iter(s)
next(si)
s.add(99)
try:
    next(si)
except RuntimeError as e:
    print(type(e).__name__, e)
vi = iter(d.values())
print(list(vi))
d2 = {'x': 0}
ki2 = iter(d2)
d2['x'] = 5
print(list(ki2), d2)
