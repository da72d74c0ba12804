# Chaining generators into a data-processing pipeline.
lines = '''alice,30,NY
bob,x,LA
carol,25,SF

dave,41,NY'''.splitlines()
def non_empty(rows):
    for r in rows:
        if r.strip():
            yield r
def parse(rows):
    for r in rows:
        name, age, city = r.split(',')
        try:
            yield name, int(age), city
        except ValueError:
            print('skip bad row:', r)
def older_than(recs, n):
    return (r for r in recs if r[1] > n)
result = list(older_than(parse(non_empty(lines)), 26))
print(result)
by_city = {}
for name, age, city in parse(non_empty(lines)):
    by_city.setdefault(city, []).append(name)
print(by_city)
def running_avg(nums):
    total = 0
    for i, n in enumerate(nums, 1):
        total += n
        yield total / i
print(list(running_avg([2, 4, 6, 8])))
