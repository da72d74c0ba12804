# Many seeds and draws against CPython's exact sequences.
import random
acc = []
for s in list(range(50)) + [2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 10**30, -7, 3.25, -0.5, True]:
    r = random.Random(s)
    acc.append((s, r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(33), r.getrandbits(97),
                r.randrange(10**20), r.randint(-3, 3), r.uniform(-1, 1)))
for row in acc:
    print(*row)
r = random.Random(12345)
print([r.random() for _ in range(700)][-3:])  # crosses a state regeneration
print(sum(r.getrandbits(32) for _ in range(2000)))
r = random.Random(99)
print([round(r.gauss(), 12) for _ in range(5)], [round(r.normalvariate(3, 2), 12) for _ in range(3)])
print([r.choice(range(1000)) for _ in range(10)])
L = list(range(30)); r.shuffle(L); print(L)
print(r.sample(range(10**9), 4), r.sample(list('abcdefgh'), 8))
print(r.choices('xyz', cum_weights=[1, 5, 6], k=8))
print(r.betavariate(0.5, 0.5), r.gammavariate(0.3, 2.0), r.gammavariate(7.5, 1.0), r.vonmisesvariate(0, 50))
print(r.triangular(1, 1), r.triangular(0, 1, 0.9), r.paretovariate(1.5), r.weibullvariate(2, 0.5), r.expovariate(0.1))
print(r.lognormvariate(0, 0.25))
