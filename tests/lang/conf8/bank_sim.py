# an event-driven simulation: bank queue with heapq, random(seed), dataclass(order), generators
import heapq, random, statistics
from dataclasses import dataclass, field
from collections import deque, defaultdict
@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    cust: int = field(compare=False, default=-1)
class Bank:
    def __init__(self, tellers, seed):
        self.rng = random.Random(seed)
        self.free = tellers
        self.queue = deque()
        self.events = []
        self.seq = 0
        self.waits = []
        self.log = defaultdict(int)
        self.arrivals = {}
    def schedule(self, t, kind, cust=-1):
        self.seq += 1
        heapq.heappush(self.events, Event(t, self.seq, kind, cust))
    def run(self, n_customers):
        t = 0.0
        for c in range(n_customers):
            t += self.rng.expovariate(1.0)
            self.schedule(round(t, 3), "arrive", c)
        while self.events:
            ev = heapq.heappop(self.events)
            self.log[ev.kind] += 1
            match ev:
                case Event(kind="arrive", cust=c, time=now):
                    self.arrivals[c] = now
                    if self.free:
                        self.free -= 1
                        self.start(c, now)
                    else:
                        self.queue.append(c)
                case Event(kind="depart", time=now):
                    if self.queue:
                        self.start(self.queue.popleft(), now)
                    else:
                        self.free += 1
        return self
    def start(self, c, now):
        self.waits.append(round(now - self.arrivals[c], 3))
        self.schedule(round(now + self.rng.uniform(0.5, 2.5), 3), "depart", c)
b = Bank(2, seed=7).run(20)
print(dict(b.log), len(b.waits), b.free, len(b.queue))
print(f"mean wait {statistics.mean(b.waits):.3f}, max {max(b.waits):.3f}, zero waits {sum(w == 0 for w in b.waits)}")
print(sorted(b.waits)[-3:], Event(1, 2, "x") < Event(1, 3, "a"), Event(2, 0, "z") > Event(1, 9, "a"))
r = random.Random(123)
print([r.randrange(10) for _ in range(8)], r.choice(["a", "b", "c"]), round(r.gauss(0, 1), 6), r.getrandbits(16))
r2 = random.Random(123); r2.random(); st = r2.getstate(); x1 = r2.random(); r2.setstate(st); print(x1 == r2.random())
print(random.Random("seed-string").randint(1, 10**6), random.Random(b"bytes").random() < 1, round(random.Random(0).triangular(0, 10, 3), 6))
