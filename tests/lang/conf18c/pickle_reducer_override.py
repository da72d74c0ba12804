# Pickler.reducer_override: asked first for each object; NotImplemented falls back
import copyreg
import io
import math
import pickle


def f():
    pass


def g():
    pass


def h():
    pass


class MyClass:
    pass


class P(pickle.Pickler):
    seen = []

    def reducer_override(self, obj):
        name = getattr(obj, '__name__', None)
        P.seen.append(type(obj).__name__)
        if name == 'f':
            return int, (5,)
        if name == 'MyClass':
            return str, ('some str',)
        if name == 'g':
            return False
        if name == 'h':
            raise ValueError('The reducer just failed')
        return NotImplemented


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bio = io.BytesIO()
    p = P(bio, proto)
    P.seen = []
    p.dump([f, MyClass, math.log, 3, 'x', (1, 2)])
    print(proto, pickle.loads(bio.getvalue()), P.seen)
    try:
        p.dump(g)
    except pickle.PicklingError as e:
        print('PicklingError', e)
    try:
        p.dump(h)
    except ValueError as e:
        print('ValueError', e)


class Q(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[complex] = lambda c: (complex, (0.0, 1.0))

    def reducer_override(self, obj):
        if isinstance(obj, complex):
            return complex, (9.0, 9.0)
        return NotImplemented


bio = io.BytesIO()
Q(bio, 2).dump(3j)
print(pickle.loads(bio.getvalue()))


class L(list):
    pass


P.seen = []
bio = io.BytesIO()
P(bio, 5).dump([L([1]), None, True, 2.5, b'b', bytearray(b'a'), {1: 2}, {3}, frozenset(), pickle.PickleBuffer(b'z')])
print(P.seen, pickle.loads(bio.getvalue()))
