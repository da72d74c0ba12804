import itertools, io, csv, statistics, json, operator
raw = io.StringIO('''date,region,product,units,price
2024-01-03,north,widget,5,2.50
2024-01-03,south,gadget,2,10.00
2024-01-04,north,gadget,1,10.00
2024-01-05,east,widget,12,2.40
2024-01-05,north,widget,3,2.50
2024-01-06,south,widget,7,2.45
bad line
2024-01-07,east,gizmo,1,99.99
''')
def parse(lines):
    reader = csv.DictReader(lines)
    for row in reader:
        try:
            row['units'] = int(row['units']); row['price'] = float(row['price'])
        except (TypeError, ValueError, KeyError) as e:
            print('skip', reader.line_num, type(e).__name__)
            continue
        yield row
rows = list(parse(raw))
by_region = {k: sum(r['units'] * r['price'] for r in g) for k, g in itertools.groupby(sorted(rows, key=operator.itemgetter('region')), key=operator.itemgetter('region'))}
print({k: round(v, 2) for k, v in by_region.items()})
units = [r['units'] for r in rows]
print(statistics.mean(units), statistics.median(units), max(rows, key=lambda r: r['units'] * r['price'])['product'])
print(json.dumps(sorted({r['product'] for r in rows})), sum(map(operator.mul, units, [r['price'] for r in rows])))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(units)), list(itertools.accumulate(units)) == list(running_total(units)))
def chunks(it, n):
    it = iter(it)
    while (batch := list(itertools.islice(it, n))):
        yield batch
print(list(chunks(range(7), 3)))
def coro():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = coro(); next(g)
print([g.send(v) for v in (1, 2, 3)])
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def delegator():
    r = yield from coro()
    yield f'inner returned {r}'
d = delegator(); next(d); d.send(5); print(d.send(None))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen), sum(x for x in range(10) if x % 2))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closer(); next(c); c.close(); print(c.gi_frame is None if hasattr(c, 'gi_frame') else '')
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f'caught {e}'
t = thrower(); next(t); print(t.throw(ValueError('x')))
print(list(zip(*[iter('abcdef')] * 2)), dict(zip('abc', itertools.count())), list(enumerate('xy', start=1)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
