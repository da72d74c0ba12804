# object.__reduce_ex__ / __reduce__ give copyreg's default reductions (CPython's pure
# pickle.py and copy rely on them); an overriding __reduce__ wins.
import copyreg


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Pt(1, 2)
for proto in range(6):
    r = p.__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][1:] if proto < 2 else r[1][0].__name__, r[2:])
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[1:])


class S:
    __slots__ = ('a',)


s = S()
s.a = 1
for proto in (0, 1, 2):
    try:
        r = s.__reduce_ex__(proto)
        print(proto, r[0].__name__, r[2:])
    except TypeError as e:
        print(proto, type(e).__name__, e)


class Own:
    def __reduce__(self):
        return (Own, ())


print(Own().__reduce_ex__(2), Own().__reduce_ex__(0))


class L(list):
    pass


lst = L([1, 2])
lst.tag = 't'
r = lst.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])


class NA:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o

    def __getnewargs__(self):
        return (self.a,)


print(NA(5).__reduce_ex__(2)[1][1:])
for bad in ('x', None):
    try:
        p.__reduce_ex__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.__reduce_ex__()
except TypeError as e:
    print(e)
for obj in (object(), 5):
    try:
        obj.__reduce_ex__(1)
    except TypeError as e:
        print(e)
