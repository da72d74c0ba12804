from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p._replace(y=5), p._asdict(), P._fields, P._make([3, 4]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', 'def class x', rename=True)
print(R._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('Bad', 'a _b')
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('1x', 'a')
except ValueError as e:
    print('ValueError', e)
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
try:
    P(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    P._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
x, y = p
print(x + y, p[0], p[-1], p.count(1), p.index(2), len(p), p == (1, 2), hash(p) == hash((1, 2)))
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Pt(%g, %g)' % self
print(Pt(3, 4).norm, str(Pt(3, 4)), repr(Pt(3, 4)))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, M.__doc__, P.x.__doc__)
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))
import copy, pickle
print(copy.deepcopy(p), pickle.loads(pickle.dumps(P(1, [2]))))
