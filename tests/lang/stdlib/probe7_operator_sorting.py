import operator, functools, locale
from operator import itemgetter, attrgetter, methodcaller
people = [{'name': 'Ann', 'age': 31, 'city': 'Oslo'}, {'name': 'bob', 'age': 25, 'city': 'Rome'}, {'name': 'Cid', 'age': 31, 'city': 'Bern'}, {'name': 'dee', 'age': 25, 'city': 'Oslo'}]
print([p['name'] for p in sorted(people, key=itemgetter('age', 'name'))])
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['name'].lower()))])
print([p['name'] for p in sorted(sorted(people, key=itemgetter('name')), key=itemgetter('city'), reverse=True)])
print(sorted(['b', 'A', 'c', 'B'], key=str.casefold), sorted(['b', 'A', 'c', 'B']), sorted('hello world'.split(), key=len, reverse=True))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
    def greet(self, x): return f'{self.n}:{x}'
ps = [P('x', 3), P('y', 1), P('z', 2)]
print(sorted(ps, key=attrgetter('a')), list(map(methodcaller('greet', 'hi'), ps)), attrgetter('n', 'a')(ps[0]), itemgetter(slice(1, 3))('abcd'))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.neg(3), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), operator.pow(2, 10), operator.matmul.__name__, operator.length_hint(iter([1, 2, 3])), operator.index(5))
d = {'a': 1}; operator.setitem(d, 'b', 2); operator.delitem(d, 'a'); print(d, operator.getitem(d, 'b'))
l = [3, 1, 2]; l.sort(key=operator.neg); print(l, sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    itemgetter('missing')({})
except KeyError as e:
    print(type(e).__name__, e)
print(max(people, key=itemgetter('age'))['name'], min([], default='empty'), max('abc', 'abd'), sorted({3: 'c', 1: 'a'}.items()), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, -1, 3, float('inf'), -0.0, 0]), sorted(['10', '9', '100'], key=int), sorted([True, False, 2]))
rows = [('x', 2), ('y', 1), ('x', 1)]
rows.sort(key=itemgetter(1)); rows.sort(key=itemgetter(0)); print(rows)
print(sorted('Banana apple Cherry'.split(), key=lambda s: (s.lower(), s)), list(reversed(sorted(range(5)))), sorted(range(10), key=lambda x: x % 3 == 0))
