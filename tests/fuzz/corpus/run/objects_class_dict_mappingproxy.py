# C.__dict__ is a read-only, live mappingproxy of the class namespace.
class C:
    x = 1
d = C.__dict__
print(type(d), repr(d)[:40], d['x'], 'x' in d, list(d)[:2], d.get('y', 5), type(d.copy()).__name__)
C.y = 2
print('y' in d, d == dict(d), sorted(d.keys())[:3], type(d.items()).__name__, len(d) == len(dict(d)))
try:
    d['z'] = 3
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
MP = type(d)
m = MP({'a': 1})
print(m, repr(m), m | {'b': 2}, list(reversed(m)), m == {'a': 1}, hasattr(m, '__dict__'))
for bad in ([1], 5):
    try:
        MP(bad)
    except TypeError as e:
        print(e)
print(vars(C)['x'], type(vars(C)).__name__, int.__dict__['real'], type(int.__dict__).__name__)
try:
    hash(d)
except TypeError as e:
    print(e)
