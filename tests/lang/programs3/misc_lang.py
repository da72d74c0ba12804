# Mixed language features typical in user code
import sys
from functools import reduce
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [row[::-1] for row in matrix], [x for row in matrix for x in row if x % 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed, sum(map(sum, matrix)), {i: i * i for i in range(4)}, {c for c in "hello"} == set("helo"))
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = (1, 2), 3; print(a, b, c)
x = y = z = 0; x += 1; print(x, y, z)
s = "racecar"; print(s == s[::-1], s[1:-1], s[-3:], s[::2], s[10:], s[-100:2])
print(" ".join(f"{n:>3}" for n in range(1, 11) if n % 3 != 0))
while True:
    x += 1
    if x > 5:
        break
else:
    print("never")
for i in range(3):
    pass
else:
    print("loop finished", i)
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) == True, not None, None or "default", 0 and 1, [] or {}, "a" and "b")
print(10 // 3, -10 // 3, 10 % -3, 2 ** -1, 7 / 2, int(7 / 2), round(7 / 2), abs(-0.0), 0.1 * 3 == 0.3)
val = 5
res = "big" if val > 3 else "small"; print(res)
def f(*args, sep=", ", **kw):
    return sep.join(map(str, args)) + (" " + str(sorted(kw.items())) if kw else "")
print(f(1, 2, 3), f(*"abc", sep="-"), f(x=1, y=2), f(*[1], **{"z": 0}))
print(reduce(lambda acc, ch: acc * 31 + ord(ch), "hash", 7) % 1000003)
print(isinstance([], (list, tuple)), type("") is str, str(type(1.0)), int.__name__, (1).__class__)
nums = [5, 3, 8, 1]; nums.sort(key=lambda n: -n); print(nums, sorted(nums)[-1], nums.index(8))
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words, key=lambda w: (len(w), w)), [w.upper() for w in words if len(w) > 3])
print(dict(zip("abc", range(3))), list(map(list, zip(*[[1, 2], [3, 4]]))), list(enumerate(words))[-1])
stack = [1, 2, 3]; print(stack.pop(), stack, stack[-1] if stack else None)
print(sys.getsizeof(0) > 0 if hasattr(sys, "getsizeof") else True, "a" * 3, [0] * 2 + [1], (1, 2) + (3,))
try:
    raise ValueError("x")
except (TypeError, ValueError) as e:
    print("caught", repr(e))
finally:
    print("finally")
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen(); print(next(g)); print(g.send("hi"))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"), sum(1 for _ in range(10)))
print(f"{'nested ' + str([1, {'a': (2,)}])}", f"{3!r:>4}", f"{'q'!a}", f"{12:>{2+3}}")
print(bin(10)[2:].zfill(8), int("00001010", 2), f"{10:08b}", hex(255)[2:].upper(), oct(64))
print(chr(65) + chr(97), ord("a") - ord("A"), "".join(chr(ord(c) + 1) for c in "HAL"))
lst = list(range(10)); del lst[::2]; print(lst); lst[1:3] = ["x"]; print(lst); lst[:] = []; print(lst)
d = {"b": 2, "a": 1}; d |= {"c": 3}; print(d, sorted(d), list(d.items())[0], d.keys() & {"a", "z"})
t = 1, ; print(t, type(t).__name__, len(()), ((1,),))
class A: pass
a = A(); a.x = 1; print(vars(a), a.__dict__, getattr(a, "x"), A.__name__, A.__qualname__)
print(globals()["__name__"], __name__ == "__main__", callable(A), type(A), type(type))
print(eval("1 + 2 * 3"), eval("x", {"x": 5}), exec("q = 7") or "exec ok")
print(sorted([3, 1, 2], key=None), list(reversed("abc")), "".join(sorted("dcba")), min("bca"), max(3, 1, 2))
print(divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), 2 ** 64 - 1, -2 ** 2, (-2) ** 2, 1e3, 1_000_000)
print(str(123)[::-1], int(str(123)[::-1]), len(str(2 ** 100)), sum(int(c) for c in str(2 ** 100)))
