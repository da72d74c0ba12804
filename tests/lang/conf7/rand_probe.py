import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2), random.randrange(0, 100, 7))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices('abc', k=5), random.choices('abc', weights=[10, 1, 1], k=5))
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(1.5), random.getrandbits(70), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(2), random.weibullvariate(1, 2))
r = random.Random(7); print(r.random(), r.randint(0, 10**30), r.randbytes(5))
random.seed('string seed'); print(random.random())
random.seed(b'bytes'); print(random.random())
random.seed(10**40); print(random.random())
random.seed(-5); print(random.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed(3.5) if False else None
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(e)
print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'nobinom')
import uuid, hashlib
print(hashlib.sha256(b'abc').hexdigest()[:16], hashlib.md5(b'').hexdigest(), hashlib.sha1(b'x').hexdigest()[:10])
