# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(len({H(1), H(1), H(2)}), hash(H(5)) == hash(5))
d = {H('k'): 'v'}
print(d[H('k')])
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(H):
    def __eq__(self, o):
        return True
try:
    hash(Inherit(1))
except TypeError as e:
    print(type(e).__name__, e)
