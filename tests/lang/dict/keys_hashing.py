# Keys may be any hashable: ints, strings, tuples, frozensets, None, bools, custom objects.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d = {K(1): 'one'}
print(d[K(1)], K(2) in d)
d2 = {None: 'none', 0: 'zero', '': 'empty', (): 'tuple', frozenset(): 'fs'}
print(d2[None], d2[0], d2[''], d2[()], d2[frozenset()], d2[False])
d3 = {}
d3[1] = 'int'
d3[1.0] = 'float'
d3[True] = 'bool'
print(d3, len(d3))
try:
    d3[[1, 2]] = 'list'
except TypeError as e:
    print(type(e).__name__, e)
try:
    d3[{1}] = 'set'
except TypeError as e:
    print(type(e).__name__, e)
