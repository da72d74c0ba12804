def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
l = [3, 1, 2]
t(lambda: l.sort(key=lambda x: -x) or l); t(lambda: sorted(l, reverse=True)); t(lambda: l.index(5)); t(lambda: l.remove(5)); t(lambda: [].pop()); t(lambda: [1].pop(5))
t(lambda: l.insert(100, 9) or l); t(lambda: l.insert(-100, 0) or l); t(lambda: l[1:3]); t(lambda: l[::-2]); t(lambda: l[10]); t(lambda: l['a']); t(lambda: l[1.0])
a = list(range(10)); a[2:5] = ['x']; t(lambda: a); a[::3] = [0, 0, 0]; t(lambda: a)
t(lambda: a.__setitem__(slice(None, None, 2), [1])); t(lambda: a.__delitem__(slice(1, None, 3)) or a); t(lambda: [1, 2] * -1); t(lambda: [[]] * 3)
t(lambda: [1, 2] + (3,)); t(lambda: l.__iadd__((7,))); t(lambda: [1, [2]] == [1, [2]]); t(lambda: [1, 2] < [1, 2, 0]); t(lambda: [1, 'a'] < [1, 2]); t(lambda: sorted([1, 'a']))
t(lambda: list.copy(l)); t(lambda: l.count(1)); t(lambda: [0] * 3 == [0, 0, 0]); t(lambda: list('abc').reverse()); t(lambda: list(reversed([1, 2, 3])))
d = {'a': 1, 'b': 2}
t(lambda: d | {'c': 3}); t(lambda: {**d, 'a': 0}); t(lambda: d.get('z', 0)); t(lambda: d.setdefault('c', [])); t(lambda: d.pop('z')); t(lambda: d.pop('z', None)); t(lambda: d.popitem()); t(lambda: {}.popitem())
t(lambda: dict.fromkeys('ab', 0)); t(lambda: dict([('a', 1), ('b', 2)])); t(lambda: dict([('a', 1, 2)])); t(lambda: dict([1])); t(lambda: dict(a=1, **{'b': 2})); t(lambda: dict({'a': 1}, a=2))
t(lambda: d.update([('x', 1)]) or d); t(lambda: d.update(1)); t(lambda: list(d.items())[0]); t(lambda: sorted(d.keys() & {'a', 'zz'})); t(lambda: sorted(d.keys() - {'a'})); t(lambda: d.items() | {('q', 1)} >= {('q', 1)})
t(lambda: {[]: 1}); t(lambda: {1: 'a', 1.0: 'b', True: 'c'}); t(lambda: dict(sorted({'b': 1, 'a': 2}.items()))); t(lambda: {'a': 1} == {'a': 1.0}); t(lambda: {'a': 1} < {'a': 2})
t(lambda: list({1: 2}.values()) == list({1: 2}.values())); t(lambda: {1: 2}.values() == {1: 2}.values()); t(lambda: repr({}.keys())); t(lambda: repr({1: 2}.items()))
s = {3, 1, 2}
t(lambda: sorted(s | {9})); t(lambda: s & {1, 5}); t(lambda: s ^ {1, 5}); t(lambda: s - {1}); t(lambda: s <= {1, 2, 3, 4}); t(lambda: s < s); t(lambda: s.issubset([1, 2, 3])); t(lambda: s | [1])
t(lambda: s.remove(99)); t(lambda: s.discard(99)); t(lambda: set().pop()); t(lambda: {1, 2}.isdisjoint({3})); t(lambda: frozenset([1]) | {2}); t(lambda: {2} | frozenset([1])); t(lambda: hash(frozenset()) == hash(frozenset()))
t(lambda: {frozenset([1]): 'a'}[frozenset([1])]); t(lambda: {{1}}); t(lambda: set([[1]])); t(lambda: repr(set())); t(lambda: repr(frozenset())); t(lambda: repr(frozenset({1})))
t(lambda: s.union([5], (6,))); t(lambda: s.intersection_update({1, 2}) or sorted(s)); t(lambda: s.symmetric_difference_update([2, 7]) or sorted(s)); t(lambda: {1, 2} == frozenset({1, 2}))
t(lambda: (1, 2) + (3,)); t(lambda: (1, 2) + [3]); t(lambda: (1,) * 3); t(lambda: (1, 2, 3).index(4)); t(lambda: (1, 2)[5]); t(lambda: tuple('ab')); t(lambda: (1, 2) < (1, 3)); t(lambda: ((1, 2),) == ((1, 2),)); t(lambda: hash((1, [2])))
t(lambda: list(zip([1, 2], 'ab', strict=True))); t(lambda: list(zip([1, 2], 'abc', strict=True))); t(lambda: list(zip([1, 2, 3], 'ab', strict=True))); t(lambda: list(enumerate('ab', start=5))); t(lambda: list(map(pow, [2, 3], [2, 2])))
t(lambda: list(filter(None, [0, 1, '', 'a']))); t(lambda: any([])); t(lambda: all([])); t(lambda: list(range(10, 0, -3))); t(lambda: range(10)[2:8:2]); t(lambda: range(0, 10, 0)); t(lambda: len(range(10**20))); t(lambda: range(5).index(7)); t(lambda: 3 in range(0, 10, 2)); t(lambda: range(3) == range(0, 3, 1)); t(lambda: repr(range(1, 5, 2)))
import collections
t(lambda: collections.Counter('abracadabra').most_common(2)); t(lambda: collections.OrderedDict(a=1).popitem()); dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); t(lambda: dq); t(lambda: dq.rotate(1) or dq)
dd = collections.defaultdict(list); dd['a'].append(1); t(lambda: dd); t(lambda: collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])
P = collections.namedtuple('P', 'x y', defaults=[0]); t(lambda: P(1)); t(lambda: P(1, 2)._replace(x=5)); t(lambda: P._fields); t(lambda: P(1, 2, 3)); t(lambda: P(1)._asdict())
