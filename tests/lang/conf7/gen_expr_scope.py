class C:
    items = [1, 2, 3]
    total = sum(x for x in items)
    try:
        pairs = [(x, y) for x in items for y in items]
    except NameError as e:
        pairs = str(e)
    try:
        g = list(x * k for x in items for k in [2])
    except NameError as e:
        g = str(e)
print(C.total, C.pairs, C.g)
gen = (x / 0 for x in [1])
print(type(gen).__name__)
try:
    next(gen)
except ZeroDivisionError as e:
    print(e)
try:
    g2 = (x for x in 5)
except TypeError as e:
    print(e)
def lazy():
    src = [1, 2]
    g = (v for v in src)
    src = [9]
    return list(g)
print(lazy())
def lazy_cond():
    n = 1
    g = (v for v in range(3) if v > n)
    n = 0
    return list(g)
print(lazy_cond())
print([x for x in range(3)], {x: x * x for x in range(3)}, {x % 2 for x in range(5)})
print([(i, j) for i in range(3) if i for j in range(i) if j >= 0])
print([y for x in [[1, 2], [3]] for y in x], [[x * y for x in range(3)] for y in range(2)])
x = 'outer'
print([x for x in 'ab'], x)
print([(lambda: i)() for i in range(2)], [f() for f in [lambda: i for i in range(2)]])
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
print(sum(1 for _ in filter(None, [0, 1, 2])), any(v > 1 for v in [1, 2]), all(())) 
print(next((v for v in [] ), 'empty'), next(v for v in 'xyz' if v > 'x'))
nested = [[1, [2, 3]], [4]]
def flatten(l):
    for v in l:
        if isinstance(v, list):
            yield from flatten(v)
        else:
            yield v
print(list(flatten(nested)))
print({k: [v for v in vs if v] for k, vs in {'a': [0, 1], 'b': [2]}.items()})
print([i for i in range(10)][::3], [c.upper() for c in 'abc' if c != 'b'])
print(dict((k, v) for k, v in [('a', 1)]), sorted(set(c for c in 'aab')), tuple(i for i in range(2)))
