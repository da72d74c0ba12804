# Subclasses: __init_subclass__ picks _randbelow from the overridden primitive.
import random

class OnlyRandom(random.Random):
    def __init__(self, seed):
        self.r = random.Random(seed)
        super().__init__(seed)
    def random(self):
        return self.r.random()

o = OnlyRandom(5)
print([o.randrange(100) for _ in range(8)], o.choice('abcdef'), o.sample(range(50), 4))
print(o._randbelow.__name__, random.Random._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1)

b = Bits(7)
print([b.randrange(1000) for _ in range(6)], b._randbelow.__name__)

class Counting(random.Random):
    calls = 0
    def seed(self, a=None, version=2):
        Counting.calls += 1
        super().seed(a, version)

c = Counting(1)
c.seed(2)
print(Counting.calls, c.random())
print(OnlyRandom(3).randrange(2**60))
st = b.getstate(); x = [b.random() for _ in range(3)]; b.setstate(st); print(x == [b.random() for _ in range(3)])
print(random.Random.__module__, random.Random.__name__, random.SystemRandom.__mro__[1].__name__)
