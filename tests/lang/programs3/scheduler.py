import heapq
import itertools
from datetime import datetime, timedelta, date, time

class Scheduler:
    def __init__(self, start):
        self.now = start
        self.queue = []
        self.counter = itertools.count()
        self.done = []

    def schedule(self, when, name, repeat=None):
        heapq.heappush(self.queue, (when, next(self.counter), name, repeat))

    def run_until(self, end):
        while self.queue and self.queue[0][0] <= end:
            when, _, name, repeat = heapq.heappop(self.queue)
            self.now = when
            self.done.append((when, name))
            if repeat:
                self.schedule(when + repeat, name, repeat)

start = datetime(2024, 1, 31, 9, 0)
s = Scheduler(start)
s.schedule(start + timedelta(hours=1), "standup", repeat=timedelta(days=1))
s.schedule(start + timedelta(minutes=30), "coffee", repeat=timedelta(hours=3))
s.schedule(start + timedelta(days=2, hours=5), "deploy")
s.schedule(start + timedelta(minutes=30), "email")
s.run_until(start + timedelta(days=3))
for when, name in s.done:
    print(f"{when:%Y-%m-%d %H:%M} {when:%a} {name}")
print(len(s.queue), s.now)

print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["pear", "fig", "banana"], key=len))
h = [7, 3, 5]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(date(2024, 3, 1) - date(2023, 3, 1), d.replace(year=2023), d.toordinal(), date.fromordinal(738944))
print(d.strftime("%d/%m/%y %j %U"), date.fromisoformat("2024-12-25"), datetime.fromisoformat("2024-05-06T07:08:09"))
t = time(14, 30, 15, 500)
print(t, t.isoformat(), t.replace(hour=1), t.strftime("%H-%M-%S"), time(), repr(t))
dt = datetime.combine(d, t)
print(dt, repr(dt), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
td = timedelta(days=-1, seconds=3600)
print(td, repr(td), abs(td), td * 2, td / 2, timedelta(hours=25), timedelta(seconds=90) // timedelta(minutes=1))
print(timedelta(weeks=1, milliseconds=1), timedelta(minutes=90).total_seconds(), -timedelta(seconds=1))
print(max(datetime(2020, 1, 1), datetime(2019, 12, 31)), sorted([date(2021, 1, 1), date(2020, 6, 1)]))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), date(2024, 1, 1) == date(2024, 1, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
for k, g in itertools.groupby(s.done, key=lambda x: x[0].date()):
    print(k, [n for _, n in g])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.pairwise("abcd")), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:3])
print(list(itertools.permutations("abc", 2)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.repeat("x", 3)), list(itertools.combinations_with_replacement("ab", 2)))
print(datetime(2024, 1, 15, 10, 30).strftime("%B %d, %Y at %I:%M%p"), f"{date(2024, 7, 4):%A}")
