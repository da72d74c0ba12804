import functools
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
l = [3, 1, 2]
def bad_key(x):
    if x == 2: raise ValueError('key fail')
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(e, l)
l = [3, 1, 2]
def mutating(x):
    l.append(x)
    return x
try:
    l.sort(key=mutating)
except ValueError as e:
    print(e)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}, {1, 2}])
    print('sets sorted (partial order)')
except TypeError as e:
    print(e)
print(sorted([{1, 2}, {1}, {3}]))
print(sorted([[2], [1, 5], [1]]), sorted(['10', '9', '100']), sorted([10, 9, 100], key=str))
print(sorted([3.5, 1, True, 2.0]), sorted([float('nan'), 1, 0]) [1:], min([2, float('nan')]), max([float('nan'), 2]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f'R{self.v}'
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(1), Rev(3)))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1)]))
class NoCmp: pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(e)
try:
    max(NoCmp(), NoCmp())
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    None >= None
except TypeError as e:
    print(e)
print([1, 2] == (1, 2), (1, 2) == (1, 2.0), [float('nan')] == [float('nan')], float('nan') in [float('nan')])
n = float('nan'); print([n] == [n], n in [n], (n,) == (n,), {n: 1}.get(n))
print(1 == True, hash(True), {1: 'a', True: 'b'}, {0, False, 0.0}, {'a': 1} == {'a': 1.0})
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 3), [] < [0], 'abc' < 'abd' < 'b', b'a' < b'b', (1, 'a') < (1, 'b'))
s1 = {1, 2}; s2 = {1, 2, 3}
print(s1 < s2, s1 <= s1, s2 > s1, s1 < s1, frozenset(s1) == s1, s1 == [1, 2])
print(sorted('hello world'.split(), key=len), sorted(range(-3, 3), key=abs), sorted(range(5), key=lambda x: -x))
import operator
people = [{'n': 'x', 'a': 3}, {'n': 'y', 'a': 1}]
print(sorted(people, key=operator.itemgetter('a')), sorted([(1, 'b'), (1, 'a')], key=operator.itemgetter(0, 1)))
class P:
    def __init__(self, n): self.n = n
print([p.n for p in sorted([P('b'), P('a')], key=operator.attrgetter('n'))])
print(operator.methodcaller('upper')('x'), operator.lt(1, 2), operator.contains([1], 1), operator.concat([1], [2]), operator.neg(3), operator.truth(0))
print(operator.itemgetter(slice(1, 3))('abcd'), operator.attrgetter('real', 'imag')(1+2j), repr(operator.itemgetter(1, 2)))
