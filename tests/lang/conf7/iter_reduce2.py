import copy, pickle
e = enumerate('abc', 5); next(e)
r = e.__reduce__(); print(r[0].__name__, type(r[1][0]).__name__, r[1][1], list(copy.copy(e)))
print(list(pickle.loads(pickle.dumps(enumerate([1, 2], 10)))))
z = zip([1, 2, 3], 'abc'); next(z)
print(list(copy.copy(z)), list(pickle.loads(pickle.dumps(zip('xy', 'zw')))))
zs = zip([1], [2], strict=True); r = zs.__reduce__(); print(len(r), r[2], r[0].__name__)
try:
    list(pickle.loads(pickle.dumps(zip([1, 2], [3], strict=True))))
except ValueError as ex:
    print(ex)
m = map(str.upper, 'ab'); print(list(copy.copy(m)), list(m))
m2 = map(pow, [2, 3], [3, 2]); r = m2.__reduce__(); print(r[0].__name__, r[1][0], len(r[1]), list(pickle.loads(pickle.dumps(m2))))
f = filter(None, [0, 1, 2, 0]); r = f.__reduce__(); print(r[0].__name__, r[1][0], list(copy.copy(f)))
f2 = filter(lambda v: v > 1, range(4)); print(list(copy.deepcopy(f2)))
print(list(pickle.loads(pickle.dumps(filter(None, [0, 'x'])))))
ex = enumerate([]); list(ex); print(list(copy.copy(ex)))
mz = map(abs, [-1]); list(mz); print(list(copy.copy(mz)))
zz = zip([1]); list(zz); print(list(copy.copy(zz)))
class MyEnum(enumerate): pass
print(type(copy.copy(MyEnum('a'))).__name__)
nested = copy.deepcopy({'it': enumerate(iter([7, 8]))})
print(list(nested['it']))
