import random
for s in [0, 1, 12345, 2**64+3]:
    random.seed(s)
    print(random.random(), random.randrange(10), random.randint(-5, 5), random.randrange(0, 100, 7))
    print(random.choice('abcdef'), random.choices(range(10), k=3), random.choices('abc', [1, 2, 3], k=4))
    L = list(range(10)); random.shuffle(L); print(L)
    print(random.sample(range(100), 5), random.sample(range(1000000), 7), random.sample('abcd', 2, counts=[1,2,3,4]))
    print(random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 2))
    print(random.gauss(), random.gauss(1, 2), random.normalvariate(), random.lognormvariate(0, 1))
    print(random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
    print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.betavariate(2, 3))
    print(random.paretovariate(2), random.weibullvariate(1, 2), random.randbytes(5), random.getrandbits(70))
r = random.Random(5)
st = r.getstate(); x = r.gauss(); r.setstate(st); print(x == r.gauss())
class R(random.Random):
    def random(self): return 0.5
print(R().randrange(10), R().choice([1,2,3]))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 5, 0),
            lambda: random.choice([]), lambda: random.sample([1,2], 3), lambda: random.sample({1,2}, 1),
            lambda: random.getrandbits(-1), lambda: random.seed([1]), 
            lambda: random.choices([1,2], 3), lambda: random.gammavariate(0, 1), lambda: random.setstate((9, 1, 2)),
            lambda: random.Random().setstate((3, (1,2), None)), lambda: random.choices([1], [0]),
            lambda: random.randrange(5, 1, 1), lambda: random.randrange(1, 5, -1), lambda: random.randbytes(-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(sr.randbytes(4)), sr.getrandbits(5) < 32)
try: sr.getstate()
except NotImplementedError as e: print(e)
