# Generator expressions are lazy, single-use, and need parens except as sole argument.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in range(10) if x % 3 == 0))
print(sorted((y for y in 'hello'), reverse=True))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
calls = []
def noisy(v):
    calls.append(v)
    return v
lazy = (noisy(i) for i in range(3))
print(calls)
print(next(lazy), calls)
print(any(x > 2 for x in [1, 5, 0]), all(x for x in []))
print(', '.join(str(n) for n in range(4)))
try:
    eval('sum(x for x in range(3), 1)')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
