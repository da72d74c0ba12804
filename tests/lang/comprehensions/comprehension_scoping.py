# Comprehensions have their own scope; loop variables do not leak.
x = 'outer'
lst = [x for x in 'abc']
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())
class C:
    base = [1, 2]
    doubled = [b * 2 for b in base]
print(C.doubled)
try:
    class D:
        n = 3
        vals = [n for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)
i = 'unchanged'
total = sum(i for i in range(10))
print(i, total)
