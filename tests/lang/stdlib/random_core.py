import _random
r = _random.Random(42)
print([r.random() for i in range(3)])
print(r.getrandbits(100), r.getrandbits(7), r.getrandbits(0))
for s in [0, 1, -5, 2**32, 2**100+7, 1.5, -1.5]:
    r.seed(s); print(s, r.random())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), len(st))
import random
for s in ['hello', b'hello', bytearray(b'xy'), '', 'é'*10]:
    random.seed(s); print(repr(s), random.random(), random.getrandbits(40))
random.seed('abc', version=1); print(random.random())
random.seed(b'abc', version=1); print(random.random())
for k in [1, 31, 32, 33, 64, 65, 128, 1000]:
    random.seed(k); print(k, random.getrandbits(k))
r1 = random.Random(7); r2 = random.Random(7)
print([r1.randrange(1000) for _ in range(10)] == [r2.randrange(1000) for _ in range(10)])
print(random.Random(2**200).random(), random.Random(-(2**200)).random())
class Sub(random.Random):
    def __init__(self, x): super().__init__(x); self.extra = 1
s = Sub(3); print(s.random(), s.extra, isinstance(s, random.Random))
class Bits(random.Random):
    def getrandbits(self, k): return (1 << k) - 1 if k < 3 else 3
print(Bits(1).randrange(5))
st = random.getstate(); print(st[0], len(st[1]), st[2])
try: random.setstate((3, (1,) * 625, None))
except ValueError as e: print(e)
try: random.setstate((3, (1,) * 3, None))
except ValueError as e: print(e)
try: random.setstate((3, ('a',) * 625, None))
except TypeError as e: print(e)
try: random.Random(1, 2)
except TypeError as e: print(e)
try: random.getrandbits(1.5)
except TypeError as e: print(e)
print(random.Random(3).randbytes(0), random.Random(3).randbytes(9))
