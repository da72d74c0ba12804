# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8, 3]
results = [y for x in data if (y := x * 10) > 20]
print(results, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
def f():
    [last := v for v in 'abc']
    return last
print(f())
evens = [(n, sq) for n in range(5) if (sq := n * n) % 2 == 0]
print(evens)
try:
    exec('[i := 0 for i in range(3)]')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
