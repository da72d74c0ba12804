# Keys with colliding hashes, custom __eq__/__hash__ (including ones that mutate the
# dict or set being searched), and the identity fast paths next to equal non-identical
# keys.
class K:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
d = {K(i, 7): i for i in range(10)}
print(len(d), d[K(3, 7)], K(11, 7) in d)
del d[K(4, 7)]
d[K(4, 7)] = 'back'
print(list(d.values()))
d = {1: 'int', 1 + 2 ** 61 - 1: 'wrap', -1: 'm1', -2: 'm2'}
print(d, d[-1], d[-2], hash(-1) == hash(-2))
s = {-1, -2, 2 ** 61, 1}
print(sorted(s), -1 in s, 2 ** 61 in s)
class Mut:
    def __init__(self, d): self.d = d
    def __hash__(self): return 5
    def __eq__(self, o):
        self.d.clear()
        return False
d = {}
m = Mut(d)
d[5] = 'five'
try:
    print(d.get(m), d)
except RuntimeError as e:
    print('RuntimeError', e)
d = {5: 'five'}
m = Mut(d)
d[m] = 1
print(len(d))
class Grow:
    def __init__(self, d): self.d = d
    def __hash__(self): return 3
    def __eq__(self, o):
        for i in range(100, 120):
            self.d[i] = i
        return False
d = {3: 'three'}
g = Grow(d)
print(d.get(g), len(d), g in d)
class Eq:
    def __hash__(self): return hash('abc')
    def __eq__(self, o): return o == 'abc'
d = {'abc': 1}
print(d.get(Eq()), Eq() in d, d[Eq()])
s = {'abc'}
print(Eq() in s, [type(x).__name__ for x in {'abc'} & {Eq()}], [type(x).__name__ for x in {Eq()} & {'abc'}])
class Bad:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('no eq')
d = {1: 'one'}
try:
    d[Bad()]
except ValueError as e:
    print('ValueError', e)
try:
    print(Bad() in {1})
except ValueError as e:
    print('ValueError', e)
print({1.0: 'f'}.get(1), {True: 't'}[1], {1: 'i'}[1.0])
