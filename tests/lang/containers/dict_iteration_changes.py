# dict iteration detects size changes; views are live; reversed order
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
def grow():
    for k in d:
        d[k + 10] = 0
show(grow)
d = {1: 'a', 2: 'b', 3: 'c'}
def shrink():
    for k in d.values():
        del d[3]
show(shrink)
d = {1: 'a', 2: 'b', 3: 'c'}
def swap():
    for k in d:
        del d[k]
        d[k + 100] = 1
show(swap)
print(d)
d = {1: 'a', 2: 'b'}
it = iter(d.items())
print(next(it))
d[3] = 'c'
show(lambda: next(it))
show(lambda: next(it))
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = k * 2
print(d)
k = d.keys(); v = d.values(); i = d.items()
d[9] = 9
print(k, v, i, len(k), 9 in k, (9, 9) in i, 9 in v)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(next(reversed({})) if False else 'skip')
e = dict.fromkeys(range(6))
for x in list(e):
    if x % 2: del e[x]
print(e, list(iter(e)))
it = iter({1: 2})
print(list(it), list(it))
