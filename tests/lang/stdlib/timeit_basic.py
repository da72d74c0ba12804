# timeit: Timer/timeit/repeat/autorange with a fake deterministic timer.
import timeit, time

class FakeTimer:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        self.t += 0.5
        return self.t

counter = {'n': 0}
def bump():
    counter['n'] += 1

t = timeit.Timer(bump, timer=FakeTimer())
print(t.timeit(number=7), counter['n'])
print(t.repeat(repeat=3, number=2), counter['n'])

ns = {'hits': []}
print(timeit.timeit("hits.append(x)", setup="x = 42", timer=FakeTimer(), number=3, globals=ns), ns['hits'])
print(timeit.repeat("hits.append(1)\nhits.append(2)", timer=FakeTimer(), repeat=2, number=2, globals=ns), ns['hits'])
print(timeit.Timer("y = z * 2", setup="z = 4\nw = 5", timer=FakeTimer()).timeit(number=10))
calls = []
print(timeit.Timer("pass", timer=FakeTimer()).autorange(lambda n, tt: calls.append((n, tt))), calls)
setup_calls = []
timeit.Timer(lambda: None, setup=lambda: setup_calls.append(1), timer=FakeTimer()).timeit(number=4)
print(setup_calls)
print(timeit.default_timer is time.perf_counter)
r = timeit.timeit("sum(range(10))", number=100)
print(type(r).__name__, r >= 0)
for bad in [dict(stmt=5), dict(setup=5), dict(stmt="return 1"), dict(stmt="x = ("), dict(setup="break")]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
