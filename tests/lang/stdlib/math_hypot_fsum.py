import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
out = []
bad = 0
for i in range(500):
    n = 1 + int(rnd() * 6)
    scale = 10 ** int(rnd() * 40 - 20)
    v = [(rnd() - 0.5) * scale for _ in range(n)]
    out.append(repr(math.hypot(*v)))
    w = [(rnd() - 0.5) * scale for _ in range(n)]
    out.append(repr(math.dist(v, w)))
    out.append(repr(math.fsum(v + w)))
    out.append(repr(math.log(abs(v[0]) + 1e-300)) + repr(math.exp(v[0] % 50)) + repr(math.atan2(v[0], w[0])))
print(len(out))
for i, line in enumerate(out): print(i % 4, line)
