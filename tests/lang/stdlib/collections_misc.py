import collections
from collections import *
import collections.abc as cabc
d = defaultdict(list); d['a'].append(1); d['b']; print(d, d.default_factory, dict(d))
print(repr(defaultdict()), defaultdict(int, {'x': 1}), defaultdict(None, a=1).copy())
try: defaultdict(1)
except TypeError as e: print(e)
try: defaultdict()['k']
except KeyError as e: print('KeyError', e)
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('b'); print(od); od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(), OrderedDict([('a', 1)]).keys(), OrderedDict(a=1).items(), OrderedDict(a=1).values())
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
try: OrderedDict().move_to_end('x')
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), c['z'], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=1, b=2) | Counter(a=3), Counter(a=1, b=2) & Counter(a=3, b=1))
c2 = Counter(a=1); c2.update('aab'); c2.subtract(b=3); print(c2, +c2, -c2)
print(Counter(), Counter({'x': 2}), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
Point = namedtuple('Point', 'x y')
p = Point(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, Point.__module__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1]); print(P3(5), P3._field_defaults, P3.__doc__, P3.__new__.__doc__)
R = namedtuple('R', 'abc def _x abc', rename=True); print(R._fields)
for args in [('1x', 'a'), ('X', 'a def'), ('X', '_a'), ('X', 'a a'), ('X', 'a', None), ('X', 'a b')]:
    try:
        if len(args) == 3: namedtuple(args[0], args[1], defaults=[1, 2])
        else: namedtuple(*args)(1)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point._make([1])
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
print(isinstance(p, tuple), repr(Point), namedtuple('Q', 'a', module='mymod').__module__)
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0))
cm2 = cm.new_child(); cm2['z'] = 9; print(cm2, cm2.parents, dict(cm2))
try: del cm['b']
except KeyError as e: print('KeyError', e)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud, ud.data, isinstance(ud, cabc.MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], len(ul), ul + [5], type(ul[1:]).__name__)
us = UserString('hello'); print(us.upper(), us[1:3], len(us), us + '!', 'ell' in us, repr(us))
print(repr(UserDict), repr(defaultdict), repr(OrderedDict), repr(Counter))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance((), cabc.MutableSequence))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance([], cabc.Hashable), isinstance(1, cabc.Hashable))
print(isinstance('a', cabc.Sequence), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet), isinstance({}.keys(), cabc.KeysView))
print(isinstance(len, cabc.Callable), isinstance(1, cabc.Callable), issubclass(list, cabc.Reversible), issubclass(range, cabc.Sequence), isinstance(deque(), cabc.Sequence))
print(isinstance(od, cabc.MutableMapping), isinstance(c, cabc.Mapping), issubclass(dict, cabc.Sized), issubclass(int, cabc.Iterable))
print(cabc.Sequence, cabc.Iterable[int])
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq([1, 2, 3, 2]); print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)))
try: s.index(9)
except ValueError as e: print('ValueError', e)
class MyMap(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap(a=1, b=2); print(m.get('a'), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m.keys() & {'a'})
try: cabc.Sequence()
except TypeError as e: print(e)
class Bad(cabc.MutableMapping): pass
try: Bad()
except TypeError as e: print(e)
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MS([1, 2, 3]); b = MS([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MS([1, 2, 3, 4]), a == MS([3, 2, 1]))
a |= [7]; print(list(a), a.isdisjoint([9]), a._hash() == frozenset([1, 2, 3, 7]).__hash__())
