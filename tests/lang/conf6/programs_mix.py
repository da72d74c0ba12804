# A few small "user programs": word count, matrix ops, a stack machine, a class hierarchy
import collections, string
text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = collections.Counter(words)
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<8}{c:>3}")
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]
print(matmul(m, m), [list(r) for r in zip(*m)])
def run(prog):
    stack = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a // b}
    for tok in prog.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack
print(run("3 4 + 2 *"), run("10 3 /"))
try:
    run("1 +")
except IndexError as e:
    print("error:", e)
try:
    run("1 0 /")
except ZeroDivisionError as e:
    print("error:", e)
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
    def __str__(self): return f"{self.name}({self.area():.2f})"
    def __lt__(self, other): return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle"); self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect"); self.w, self.h = w, h
    def area(self): return self.w * self.h
shapes = [Circle(1), Rect(2, 3), Circle(0.5), Rect(1, 1)]
print(", ".join(map(str, sorted(shapes))), Shape.count)
print(max(shapes).name, min(shapes, key=lambda s: s.area()).name)
try:
    print(Shape("abstract"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i*i::i] = [False] * len(sieve[i*i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
def hanoi(n, a='A', b='B', c='C'):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
grid = ["#..#", "....", "#.##"]
print(sum(row.count('#') for row in grid), [''.join(col) for col in zip(*grid)])
inventory = {'apple': 3, 'pear': 0}
inventory.update(banana=5)
print({k: v for k, v in sorted(inventory.items()) if v}, sum(inventory.values()))
print(f"{'Total':=^20}")
print("%-10s|%5.1f%%" % ("ratio", 12.345))
