# Dunder methods drive operators, truth, len, iteration (incl. __getitem__ fallback), calls.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o):
        self.x += o.x if isinstance(o, V) else o
        return self
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __contains__(self, v): return v == 'yes'
    def __call__(self, *a, **k): return (a, k)
    def __index__(self): return self.x
    def __format__(self, spec): return f"V<{spec}>"
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), abs(V(-4)))
v = V(1); v += 10; print(v)
try:
    V(1) + 'a'
except TypeError as e: print(e)
try:
    'a' + V(1)
except TypeError as e: print(e)
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e: print(e)
print(bool(V(0)), bool(V(2)), len(V(0)), list(V(0)), 'yes' in V(0), 'no' in V(0))
print(V(0)(1, 2, k=3), [1,2,3,4][V(1)], format(V(1), 'abc'), f"{V(2):xy}")
try:
    hash(V(1))
except TypeError as e: print(e)
print(V.__hash__)
class W(V):
    def __radd__(self, o): return "W.radd"
print(V(1) + W(2))
class H:
    def __hash__(self): return 12345
    def __eq__(self, o): return True
print(hash(H()), H() == 1, {H(): 1}[H()])
class Seq:
    def __getitem__(self, i):
        if i < 4: return i
        raise IndexError
print(list(Seq()), 2 in Seq(), 9 in Seq())
for x in Seq(): print(x, end=' ')
print()
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return 1
try: repr(BadRepr())
except TypeError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
