import math
print(math.hypot(*range(1000)), math.hypot(*[0.1 * i for i in range(100)]), math.dist(list(range(70)), [x * 0.5 for x in range(70)]), math.hypot(*[1e-300] * 65), math.hypot(*[1e300] * 200))
print(math.hypot(*[i ** 0.5 for i in range(1, 300)]), math.hypot(*[(-1) ** i * i / 7 for i in range(129)]))
seed = 777
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
for i in range(40):
    n = int(rnd() * 300)
    v = [(rnd() - 0.5) * 10 ** int(rnd() * 20 - 10) for _ in range(n)]
    w = [(rnd() - 0.5) for _ in range(n)]
    print(n, math.hypot(*v), math.dist(v, w))
