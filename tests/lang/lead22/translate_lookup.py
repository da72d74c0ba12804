# str.translate with an exact dict: a LookupError from a colliding key's __eq__ means
# the character is absent (as for other mappings); any other exception propagates.
class K:
    def __init__(self, n, exc): self.n = n; self.exc = exc
    def __hash__(self): return hash(self.n)
    def __eq__(self, other):
        if self.exc is not None: raise self.exc("boom")
        return self.n == other
for exc in (KeyError, IndexError, LookupError, ValueError):
    t = {K(97, exc): 'X', 98: 'Y'}
    try:
        print(exc.__name__, repr('abcab'.translate(t)))
    except Exception as e:
        print(exc.__name__, 'raised', type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        if k == 99: raise IndexError(k)
        raise ValueError(k)
try: print('abc'.translate(D({97: 'x', 98: None})))
except Exception as e: print(type(e).__name__, e)
print('abc'.translate(D({97: 'x', 98: None, 99: 'q'})))
