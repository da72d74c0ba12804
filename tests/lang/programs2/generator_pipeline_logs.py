# Log processing with generator pipelines: yield, yield from, send, close, generator expressions.

RAW = """2023-01-05 10:00:01 INFO  web    request /index 200 12ms
2023-01-05 10:00:02 WARN  web    request /login 401 30ms
2023-01-05 10:00:02 INFO  db     query users 5ms
2023-01-05 10:00:03 ERROR web    request /api/orders 500 250ms
# comment line should be skipped

2023-01-05 10:00:04 INFO  web    request /index 200 9ms
2023-01-05 10:00:05 INFO  db     query orders 45ms
2023-01-05 10:00:06 ERROR db     query payments 1200ms
2023-01-05 10:00:07 INFO  web    request /about 200 7ms
2023-01-05 10:00:08 WARN  cache  miss key=user:42 1ms
2023-01-05 10:00:09 INFO  web    request /api/orders 200 80ms"""


def read_lines(text):
    for line in text.splitlines():
        yield line


def skip_noise(lines):
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        yield stripped


def parse(lines):
    for line in lines:
        date, time, level, source, *rest = line.split()
        ms = int(rest[-1].rstrip("ms"))
        yield {"ts": f"{date}T{time}", "level": level, "source": source,
               "msg": " ".join(rest[:-1]), "ms": ms}


def only(records, **conditions):
    for r in records:
        if all(r.get(k) == v for k, v in conditions.items()):
            yield r


def chunked(iterable, n):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == n:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def pipeline(text):
    yield from parse(skip_noise(read_lines(text)))


records = list(pipeline(RAW))
print("records:", len(records))
for r in only(records, level="ERROR"):
    print(f"  {r['ts']} {r['source']:<6} {r['msg']:<25} {r['ms']:>6}ms")

slow = (r for r in records if r["ms"] > 40)
print("slow:", [r["msg"].split()[-1] for r in slow])
print("slow exhausted:", list(slow))

for i, chunk in enumerate(chunked(records, 4)):
    print(f"chunk {i}: {[r['level'][0] for r in chunk]}")


def running_stats():
    count = 0
    total = 0
    mx = None
    while True:
        value = yield (count, total, mx)
        if value is None:
            break
        count += 1
        total += value
        mx = value if mx is None else max(mx, value)
    return f"done after {count}"


gen = running_stats()
print("primed:", next(gen))
for r in records:
    stats = gen.send(r["ms"])
print("final stats:", stats, f"avg={stats[1] / stats[0]:.2f}")
try:
    gen.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)


def numbered(it, start=1):
    n = start
    try:
        for x in it:
            yield n, x
            n += 1
    finally:
        print(f"  numbered cleanup at n={n}")


g = numbered("abcdef")
print(next(g), next(g))
g.close()
print("after close:", list(g))

ng = numbered("xyz", start=10)
for n, ch in ng:
    if ch == "y":
        break
print("after break")
ng.close()
print("after explicit close")


def delegator():
    result = yield from inner_gen()
    yield f"inner returned {result}"


def inner_gen():
    yield 1
    yield 2
    return "R"


print(list(delegator()))

per_source = {}
for r in records:
    per_source.setdefault(r["source"], []).append(r["ms"])
for src in sorted(per_source):
    vals = per_source[src]
    print(f"{src:>6}: n={len(vals)} min={min(vals)} max={max(vals)} mean={sum(vals)/len(vals):8.2f}")

levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (x * x for x in naturals())
evens = (x for x in squares if x % 2 == 0)
print(list(take(8, evens)))
print(sum(x for x in range(1000) if x % 7 == 3))
it = iter(records)
print(next(it)["msg"], next(it)["msg"])
print(any(r["ms"] > 1000 for r in records), all(r["ms"] > 0 for r in records))
print(list(zip(*[(r["level"], r["ms"]) for r in records[:3]])))
