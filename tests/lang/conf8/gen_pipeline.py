import itertools
def read_records(lines):
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, qty, price = line.split(",")
            yield no, name.strip(), int(qty), float(price)
        except ValueError as e:
            print(f"line {no}: {e}")

def totals(recs):
    for no, name, qty, price in recs:
        yield name, qty * price

def running(pairs):
    acc = 0
    for name, v in pairs:
        acc += v
        yield name, round(v, 2), round(acc, 2)

data = """# inventory
apple, 3, 0.5
pear, x, 1.0
plum, 10, 0.25

kiwi, 4, 1.1, extra
fig, 7, 2.0
"""
for row in running(totals(read_records(data.splitlines()))):
    print(row)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, (x for x in fib() if x % 2 == 0))))
def chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunks(range(10), 3)))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 20)))
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("closed with", received)
e = echo(); next(e); e.send("a"); e.send("b"); e.close()
def gen_ret():
    yield 1
    return "done"
def outer():
    r = yield from gen_ret()
    yield r
print(list(outer()))
print(sum(itertools.chain.from_iterable([[1, 2], [3], []])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([list(g) for k, g in itertools.groupby("aaabccdaa")])
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:3])
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
