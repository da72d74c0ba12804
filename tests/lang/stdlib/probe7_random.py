import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices('abc', weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.getrandbits(70), random.randbytes(6), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 2), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random('seed-string')
print(r.random(), r.randint(0, 10**30))
r2 = random.Random(b'bytes')
print(r2.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed(0); print([random.randint(0, 9) for _ in range(10)])
random.seed(3.5); print(random.random())
for bad in [lambda: random.choice([]), lambda: random.randrange(5, 1), lambda: random.sample(range(3), 5), lambda: random.randint(1, 0), lambda: random.seed([1])]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.Random(42).sample(['x', 'y', 'z', 'w'], 2), random.Random(7).choice(range(1000)), random.Random(1).shuffle([1]) )
random.seed(99); print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'nobin', random.random())
print(random.Random(5).sample(set(range(10)) and range(10), k=3), random.Random(5).choices([1, 2], k=0))
