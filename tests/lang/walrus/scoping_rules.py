# := in functions binds locals; in comprehensions it binds in the containing scope.
def f():
    if (local := 10) > 5:
        pass
    return local, 'local' in locals()
print(f())
def g():
    data = [1, 2, 3]
    [last := x for x in data]
    return last
print(g())
total = 0
def h():
    global total
    [total := total + v for v in range(4)]
    return total
print(h(), total)
def outer():
    found = None
    def inner():
        nonlocal found
        any((found := v) > 2 for v in [1, 3, 5])
    inner()
    return found
print(outer())
try:
    exec('class D:\n    [(z := 1) for _ in range(1)]\n')
    print('class-level walrus in comprehension ok')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print((y := 'top-level walrus'), y)
