import itertools, operator
from itertools import islice, count, chain, groupby, tee

def read_records():
    data = """id,region,product,units,price
1,north,apple,10,0.5
2,south,banana,5,0.25
3,north,cherry,100,0.1
4,east,apple,7,0.55
5,south,apple,3,0.5
6,north,banana,12,0.2"""
    lines = iter(data.splitlines())
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))

def typed(records):
    for r in records:
        r["units"] = int(r["units"]); r["price"] = float(r["price"])
        yield r

def with_total(records):
    for r in records:
        yield {**r, "total": round(r["units"] * r["price"], 2)}

pipeline = with_total(typed(read_records()))
recs = list(pipeline)
print(recs[0])
keyf = operator.itemgetter("region")
for region, grp in groupby(sorted(recs, key=keyf), key=keyf):
    g = list(grp)
    print(region, len(g), sum(r["total"] for r in g))

def primes():
    yield 2
    found = [2]
    for n in count(3, 2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))

def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunked(range(10), 3)))

def window(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(list(window("abcde", 3)))

def coroutine_avg():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x; n += 1; avg = total / n
c = coroutine_avg(); next(c)
print([c.send(x) for x in [10, 20, 60]])
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    r = yield from sub()
    yield f"sub returned {r}"
def sub():
    yield 1
    yield 2
    return "done"
print(list(delegator()))

def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
gen = (x * x for x in range(5))
print(next(gen), sum(gen), list(gen))
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cg = closing_gen(); print(next(cg)); cg.close()
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen", e)
t = thrower(); next(t); t.throw(ValueError("boom")); t.close()
print(sorted(chain("bca", [1][:0])), list(map(operator.add, [1, 2], [10, 20])), list(filter(str.isdigit, "a1b2")))
print(dict(enumerate("ab", start=1)), list(zip(*[(1, "a"), (2, "b")])), any(x > 3 for x in range(5)), all([]))
counter = count(); print([next(counter) for _ in range(3)], next(counter))
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "no batched")
nums = range(1, 11)
print(sum(x for x in nums if x % 2), max(nums, key=lambda x: -x), min((3, "c"), (1, "z")), sorted(nums, key=lambda x: (x % 3, -x)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
def gen_ret():
    yield 1
    return 5
g2 = gen_ret()
print(list(g2), g2.gi_running if hasattr(g2, "gi_running") else None)
