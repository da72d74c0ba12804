# bound slot wrappers (method-wrapper objects) pickle as getattr(obj, name)
import copy
import pickle

for m in ([1, 2].__len__, {3}.__contains__, (1,).__getitem__, 'ab'.__add__):
    r = m.__reduce__()
    print(r[0] is getattr, r[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        u = pickle.loads(pickle.dumps(m, proto))
        print(proto, callable(u), u.__name__, u.__self__ == m.__self__)
    c = copy.copy(m)
    print(c.__self__ is m.__self__, copy.deepcopy(m).__self__ == m.__self__)
print(pickle.loads(pickle.dumps([5, 6, 7].__len__))())
print(pickle.loads(pickle.dumps({3}.__contains__))(3))
try:
    [].__len__.__reduce__(1)
except TypeError as e:
    print('TypeError', e)
print(type(pickle.loads(pickle.dumps([].__len__))).__name__)
