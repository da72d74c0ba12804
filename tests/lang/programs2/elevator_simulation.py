# Elevator bank simulation: state machine per car, request queue, dispatcher policy, LCG-generated traffic.

class LCG:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def next(self):
        self.s = (1664525 * self.s + 1013904223) & 0xFFFFFFFF
        return self.s

    def below(self, n):
        return self.next() % n


IDLE, UP, DOWN, DOORS = "idle", "up", "down", "doors"


class Car:
    def __init__(self, name, floors, capacity=6):
        self.name = name
        self.floor = 0
        self.state = IDLE
        self.stops = set()
        self.riders = []
        self.capacity = capacity
        self.floors = floors
        self.moved = 0
        self.door_timer = 0
        self.log = []

    @property
    def direction(self):
        if not self.stops:
            return 0
        above = any(s > self.floor for s in self.stops)
        below = any(s < self.floor for s in self.stops)
        if self.state == UP and above or not below and above:
            return 1
        if self.state == DOWN and below or below:
            return -1
        return 0

    def cost(self, floor, going_up):
        distance = abs(self.floor - floor)
        if self.state == IDLE:
            return distance
        heading_up = self.state == UP
        on_the_way = (heading_up and floor >= self.floor and going_up) or \
                     (not heading_up and floor <= self.floor and not going_up)
        return distance + (0 if on_the_way else 2 * self.floors) + len(self.stops)

    def step(self, t, waiting, stats):
        if self.state == DOORS:
            self.door_timer -= 1
            if self.door_timer <= 0:
                self.state = IDLE
            return
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            leaving = [r for r in self.riders if r[1] == self.floor]
            self.riders = [r for r in self.riders if r[1] != self.floor]
            for r in leaving:
                stats["delivered"] += 1
                stats["trip_times"].append(t - r[2])
            boarding = []
            queue = waiting.get(self.floor, [])
            while queue and len(self.riders) < self.capacity:
                boarding.append(queue.pop(0))
            for r in boarding:
                self.riders.append(r)
                self.stops.add(r[1])
                stats["waits"].append(t - r[2])
            if leaving or boarding:
                self.log.append(f"t={t:>3} {self.name}@{self.floor}: -{len(leaving)} +{len(boarding)}")
            self.state = DOORS
            self.door_timer = 1
            return
        d = self.direction
        if d == 0:
            self.state = IDLE
            return
        self.state = UP if d > 0 else DOWN
        self.floor += d
        self.moved += 1


def simulate(n_cars, floors, steps, seed, arrival_every=2):
    rng = LCG(seed)
    cars = [Car(chr(ord("A") + i), floors) for i in range(n_cars)]
    waiting = {}
    stats = {"delivered": 0, "waits": [], "trip_times": [], "spawned": 0}
    for t in range(steps):
        if t % arrival_every == 0 and t < steps - 40:
            src = 0 if rng.below(3) == 0 else rng.below(floors)
            dst = rng.below(floors)
            if dst == src:
                dst = (dst + 1 + rng.below(floors - 1)) % floors
            waiting.setdefault(src, []).append((src, dst, t))
            stats["spawned"] += 1
            best = min(cars, key=lambda c: (c.cost(src, dst > src), c.name))
            best.stops.add(src)
        for car in cars:
            car.step(t, waiting, stats)
        for floor, queue in waiting.items():
            if queue and not any(floor in c.stops for c in cars):
                min(cars, key=lambda c: (c.cost(floor, True), c.name)).stops.add(floor)
    return cars, stats, waiting


def summary(label, cars, stats, waiting):
    waits, trips = stats["waits"], stats["trip_times"]
    left = sum(len(q) for q in waiting.values())
    print(f"== {label}")
    print(f"  spawned {stats['spawned']}, delivered {stats['delivered']}, still waiting {left}, "
          f"riding {sum(len(c.riders) for c in cars)}")
    if waits:
        print(f"  wait: avg {sum(waits) / len(waits):.2f} max {max(waits)}; "
              f"trip: avg {sum(trips) / max(1, len(trips)):.2f} max {max(trips, default=0)}")
    for c in cars:
        print(f"  car {c.name}: floor {c.floor:>2} state {c.state:<5} moved {c.moved:>3} stops {sorted(c.stops)}")
    hist = {}
    for w in waits:
        hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
    for k in sorted(hist):
        print(f"    wait {k:>2}-{k + 4:<2} {'#' * hist[k]}")


for n_cars, floors, seed in [(1, 8, 7), (2, 8, 7), (3, 12, 99)]:
    cars, stats, waiting = simulate(n_cars, floors, 160, seed)
    summary(f"{n_cars} car(s), {floors} floors, seed {seed}", cars, stats, waiting)
    print("  first events:", cars[0].log[:4])
