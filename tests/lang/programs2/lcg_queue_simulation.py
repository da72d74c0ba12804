# Discrete-event simulation of a bank with tellers, driven by a hand-written LCG.

class LCG:
    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def random(self):
        return self.next_int() / 2 ** 31

    def randint(self, lo, hi):
        return lo + self.next_int() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.next_int() % len(seq)]

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.next_int() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]

    def expovariate(self, rate):
        u = self.random()
        x = 0.0
        term = 1.0
        # -ln(1-u) via series is slow; use a table-free approximation by repeated halving
        v = 1.0 - u
        n = 0
        while v < 0.5:
            v *= 2
            n += 1
        y = (v - 1) / (v + 1)
        ln = 0.0
        k = 1
        p = y
        while k < 40:
            ln += p / k
            p *= y * y
            k += 2
        ln = 2 * ln - n * 0.6931471805599453
        return -ln / rate


class Customer:
    count = 0

    def __init__(self, arrival, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0.0
        self.served = []

    def free_at(self, t):
        return self.busy_until <= t


def simulate(seed, n_tellers, n_customers, arrival_rate, service_mean):
    rng = LCG(seed)
    tellers = [Teller(f"T{i}") for i in range(n_tellers)]
    t = 0.0
    customers = []
    for _ in range(n_customers):
        t += rng.expovariate(arrival_rate)
        service = max(0.5, rng.expovariate(1 / service_mean))
        customers.append(Customer(t, service))
    queue_lengths = []
    for c in customers:
        teller = min(tellers, key=lambda tl: (tl.busy_until, tl.name))
        c.start = max(c.arrival, teller.busy_until)
        teller.busy_until = c.start + c.service
        teller.served.append(c)
        waiting = sum(1 for other in customers if other.arrival <= c.arrival and other.start is not None and other.start > c.arrival)
        queue_lengths.append(waiting)
    return tellers, customers, queue_lengths


rng = LCG(12345)
print("first ints:", [rng.next_int() for _ in range(5)])
print("randints:", [rng.randint(1, 6) for _ in range(20)])
print("floats:", [f"{rng.random():.6f}" for _ in range(4)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("hand:", deck[:5], "choice:", rng.choice(deck))
exp_samples = [rng.expovariate(2.0) for _ in range(2000)]
print(f"exp mean ~0.5: {sum(exp_samples) / len(exp_samples):.4f}")

for tellers_n in (1, 2, 3):
    Customer.count = 0
    tellers, customers, qlens = simulate(2024, tellers_n, 200, 1.0, 1.8)
    waits = [c.wait for c in customers]
    print(f"--- {tellers_n} teller(s) ---")
    print(f"  avg wait {sum(waits) / len(waits):8.3f}  max wait {max(waits):8.3f}  zero waits {sum(w == 0 for w in waits)}")
    print(f"  max queue {max(qlens)}  avg queue {sum(qlens) / len(qlens):.3f}")
    for tl in tellers:
        busy = sum(c.service for c in tl.served)
        print(f"  {tl.name}: served {len(tl.served):3d} busy {busy:8.2f} last id {tl.served[-1].id}")
    buckets = {}
    for w in waits:
        b = min(int(w // 2) * 2, 20)
        buckets[b] = buckets.get(b, 0) + 1
    for b in sorted(buckets):
        label = f"{b:>2}+" if b == 20 else f"{b:>2}-{b + 2:<2}"
        print(f"    {label} {'#' * (buckets[b] // 2)} {buckets[b]}")


def random_walk(rng, steps):
    x = y = 0
    visited = {(0, 0)}
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x, y = x + dx, y + dy
        visited.add((x, y))
    return (x, y), len(visited)

walker = LCG(7)
for steps in (10, 100, 1000):
    end, distinct = random_walk(walker, steps)
    print(f"walk {steps}: end={end} distinct={distinct} dist2={end[0] ** 2 + end[1] ** 2}")

mc = LCG(99)
inside = 0
N = 20000
for _ in range(N):
    px, py = mc.random(), mc.random()
    if px * px + py * py <= 1.0:
        inside += 1
print(f"pi estimate: {4 * inside / N:.4f} ({inside}/{N})")

dice = LCG(1)
hist = {}
for _ in range(3600):
    s = dice.randint(1, 6) + dice.randint(1, 6)
    hist[s] = hist.get(s, 0) + 1
for s in range(2, 13):
    print(f"{s:2d}: {hist.get(s, 0):4d} {'*' * (hist.get(s, 0) // 20)}")
