from collections import OrderedDict, defaultdict, Counter, namedtuple, deque, ChainMap
# OrderedDict details
od = OrderedDict.fromkeys('abc', 0); print(od)
od.update(d=4, a=9); print(od, od.pop('b'), od.pop('zz', 'dflt'), od.setdefault('e', 5), od)
try: od.pop('zz')
except KeyError as e: print('KeyError', e)
print(list(od.keys()), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(od | {'f': 6}, {'g': 7} | od, type(od | {}).__name__)
od2 = od.copy(); od2.move_to_end('a', last=False); print(od2 == od, od2 != od, dict(od2) == dict(od))
r = OrderedDict(); r['self'] = r; print(r)
class SubOD(OrderedDict): pass
print(SubOD(a=1), SubOD())
print(len(od), 'a' in od, od.get('q', 1))
del od['a']; print(od)
print(od.popitem(last=False), od.popitem(), od)
# defaultdict details
dd = defaultdict(lambda: 'x'); print(dd['k'], dict(dd), dd.get('z'), 'z' in dd)
dd2 = defaultdict(int); dd2['a'] += 1; dd2['b'] -= 2; print(dd2, dd2.copy(), type(dd2.copy()).__name__)
print(defaultdict(list, {'a': [1]}) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))
dd3 = defaultdict(set); dd3.default_factory = list; dd3['q'].append(1); print(dd3)
dd4 = defaultdict(None); 
try: dd4['missing']
except KeyError as e: print('KeyError', e)
print(isinstance(dd, dict), dd.default_factory is not None, repr(defaultdict(dict)))
r2 = defaultdict(list); r2['me'] = r2; print(r2)
class Fac:
    def __repr__(self): return 'Fac()'
    def __call__(self): return 1
print(defaultdict(Fac()))
# Counter details
c = Counter(['x', 'y', 'x', 'z', 'z', 'z'])
print(c.most_common(), c.most_common(1), c.most_common(0), c.most_common(10))
c['w'] = 0; c['v'] = -1; print(c, +c, -c, c.total())
del c['nonexistent']; del c['w']; print(c)
c2 = Counter(a=2, b=1); c2 += Counter(a=1, c=-5); print(c2)
c3 = Counter(a=5, b=2); c3 -= Counter(a=1, b=3); print(c3)
c4 = Counter(a=1, b=5); c4 |= Counter(a=3, b=1); print(c4); c4 &= Counter(a=2); print(c4)
print(Counter('aab') == Counter('aba'), Counter(a=1) != Counter(a=2), Counter(a=1) < Counter(a=2), Counter(a=1) > Counter(), Counter(a=1) >= Counter(a=1))
print(Counter({'a': 1}).keys(), sorted(Counter('hello').elements()), Counter(a=3).copy(), Counter(a=1) + Counter(), Counter() == {})
c5 = Counter(); c5.update({'a': 2}); c5.update(Counter(a=1, b=1)); c5.update(['a', 'c']); c5.update(d=2); print(c5)
c5.subtract(['a', 'a']); c5.subtract({'b': 3}); print(c5)
print(Counter('mississippi').most_common(3), Counter(x=1.5, y=0.5))
print(repr(Counter([1, 'a', 1])))
# namedtuple details
P = namedtuple('P', ['x', 'y'], defaults=(0,))
print(P(1), P(1, 2), P(x=3), P._field_defaults, P.__match_args__, P.x.__doc__, P(1, 2)._asdict())
try: P()
except (TypeError, ValueError) as e: print(e)
try: P(1, 2, 3)
except (TypeError, ValueError) as e: print(e)
try: P(1, z=2)
except (TypeError, ValueError) as e: print(e)
Q = namedtuple('Q', 'a, b  c'); print(Q._fields, Q(1, 2, 3), Q(1, 2, 3)[::-1], len(Q(1, 2, 3)), Q(1, 2, 3).count(2), Q(3, 2, 1).index(1))
S = namedtuple('S', ''); print(S(), S._fields)
One = namedtuple('One', 'a'); print(One(5), One._make([7]))
print(namedtuple('T', 'for x', rename=True)._fields, namedtuple('U', ['a', 'a', '1'], rename=True)._fields)
try: namedtuple('V', 'a', defaults=(1, 2))
except (TypeError, ValueError) as e: print(e)
try: namedtuple('W', ['a', 1])
except (TypeError, ValueError) as e: print(e)
class Sub(P):
    def norm(self): return self.x + self.y
    def __repr__(self): return 'Sub!'
print(Sub(1, 2).norm(), Sub(1, 2), Sub._fields)
match P(1, 2):
    case P(x, y): print('matched', x, y)
pt = P(1, 2); print(pt._replace(y=5), pt, P._make(range(2)), P.__doc__, P.__name__, P.__qualname__)
print(sorted([P(2, 1), P(1, 2), P(1, 1)]), P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)), dict(a=P(1,2)))
# ChainMap details
cm = ChainMap({'a': 1}, {'b': 2}); cm['c'] = 3; print(cm, cm.maps, 'b' in cm, len(cm), sorted(cm.items()), bool(ChainMap()), bool(ChainMap({})))
print(cm.pop('c'), cm.copy(), cm | {'z': 0}, {'q': 1} | cm, ChainMap.fromkeys('ab', 0))
cm |= {'y': 9}; print(cm)
try: cm.pop('b')
except KeyError as e: print('KeyError', e)
try: ChainMap().popitem()
except KeyError as e: print('KeyError', e)
try: ChainMap()['nope']
except KeyError as e: print('KeyError', e)
class DefaultChain(ChainMap):
    def __missing__(self, key): return 'missing:' + key
print(DefaultChain({})['x'])
from collections import Counter; c = Counter(a=2, b=0, c=-1, d=1); print(type(c.elements()).__name__, sorted(c.elements()), list(Counter('abca').elements()))
