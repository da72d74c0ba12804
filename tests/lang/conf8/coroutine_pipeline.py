# not in the image: generators closed at process exit
# generator-based coroutines (send pipelines) with a priming decorator
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    print(f"looking for {pattern!r}")
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("grep closing")
        target.close()
@coroutine
def counter(target):
    n = 0
    while True:
        item = yield n
        n += 1
        target.send(f"{n}: {item}")
@coroutine
def printer(prefix=">"):
    try:
        while True:
            line = yield
            print(prefix, line)
    finally:
        print("printer done")
p = printer()
c = counter(p)
g = grep("python", c)
for line in ["python is fun", "java is verbose", "I like python 3", "no match"]:
    g.send(line)
g.close()
print(c.gi_frame is not None, p.gi_frame is None)
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value; count += 1
        avg = total / count
    return (count, avg)
a = averager()
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def delegator(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()
results = {}
for key, values in {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}.items():
    d = delegator(results, key)
    next(d)
    for v in values:
        d.send(v)
    d.send(None)
print({k: (n, round(v, 3)) for k, (n, v) in results.items()})
@coroutine
def accumulate():
    tally = []
    while True:
        try:
            x = yield
        except ValueError as e:
            print("ignored:", e)
            continue
        tally.append(x)
        if len(tally) == 3:
            return tally
acc = accumulate()
acc.send(1); acc.throw(ValueError("bad")); acc.send(2)
try:
    acc.send(3)
except StopIteration as e:
    print("tally", e.value)
try:
    acc.send(4)
except StopIteration as e:
    print("again", e.value)
try:
    printer().throw(TypeError, "thrown type")
except TypeError as e:
    print("TypeError", e)
