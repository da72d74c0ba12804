# int()/float() of any bytes-like object (memoryview, array.array), with CPython's messages;
# set/frozenset subclasses with their own __init__ take keyword arguments; hash/eq counts.
class Hashed:
    def __init__(self): self.hash_count = 0; self.eq_count = 0
    def __hash__(self): self.hash_count += 1; return 42
    def __eq__(self, other): self.eq_count += 1; return id(self) == id(other)
h1, h2 = Hashed(), Hashed()
d = {}
d.setdefault(h1, 1); print(h1.hash_count, h1.eq_count)
d.setdefault(h2, 1); print(h2.hash_count, h2.eq_count)
s = set(); s.add(h1); print(h1.hash_count)
d2 = {}; d2[h1] = 1; print(h1.hash_count)
d2.get(h1); print(h1.hash_count)
d2.pop(h1); print(h1.hash_count)
import array
for v in [memoryview(b'12'), array.array('b', b'34'), bytearray(b' 5 '), b'6', memoryview(b'1.5'), array.array('B', b'2.5')]:
    for f in (int, float):
        try: print(f.__name__, type(v).__name__, f(v))
        except Exception as e: print(f.__name__, type(v).__name__, type(e).__name__, e)
print(int(memoryview(b'123')[1:2]), float(memoryview(b'123.5')[1:]))
class F(float):
    def __new__(cls, x, newarg=None): return float.__new__(cls, x)
    def __init__(self, x, newarg=None): self.newarg = newarg
print(F(1.5, newarg=3).newarg)
try: float(x=1)
except TypeError as e: print(e)
class FS(frozenset):
    pass
try: FS([1], x=1)
except TypeError as e: print(e)
class S(set): pass
try: S([1], x=1)
except TypeError as e: print(e)
class FS2(frozenset):
    def __init__(self, it, x=None): self.x = x
f = FS2([1, 2], x=5); print(sorted(f), f.x)
class S2(set):
    def __init__(self, it, x=None): super().__init__(it); self.x = x
f = S2([1, 2], x=5); print(sorted(f), f.x)
