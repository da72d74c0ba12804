import sys
print(sys.getrecursionlimit())
def f(n): return f(n+1)
try: f(0)
except RecursionError as e: print(e)
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
class A:
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class B(A, flag=True): pass
print(B.flag)
try:
    class C(A, other=1): pass
except TypeError as e: print(e)
def pos(a, b, /, c, *, d): return a, b, c, d
for call in ["pos(1, 2, 3, d=4)", "pos(1, b=2, c=3, d=4)", "pos(1, 2, 3, 4)", "pos(1, 2, c=3)", "pos(1,2,3,d=4,e=5)", "pos()"]:
    try: print(eval(call))
    except TypeError as e: print(e)
def kw(**kwargs): return kwargs
print(kw(**{"a": 1}, b=2))
try: kw(**{"a": 1}, a=2)
except TypeError as e: print(e)
try: kw(**{1: 2})
except TypeError as e: print(e)
try: kw(**[1])
except TypeError as e: print(e)
try: print(*1)
except TypeError as e: print(e)
first, *mid, last = range(5); print(first, mid, last)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
x = [1, 2, 3]
x[1:2] = "ab"; print(x)
try: x[::2] = [1]
except ValueError as e: print(e)
del x[::2]; print(x)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*"aab"} == {"a", "b"})
g = 10
def outer():
    g = 1
    def inner():
        nonlocal g
        g += 1
        global gg
        gg = g
        return g
    return inner
i = outer(); i(); print(i(), gg, g)
print(type(lambda: (yield)).__name__)
print(type((lambda: (yield))()).__name__)
print(0 or [] or {} or "x", 1 and 0 and 2, not not [0])
print([i for i in range(3) if i if i > 0], [(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("ab", range(2))}, {x % 3 for x in range(10)})
print(sorted([3, 1, 2], reverse=True), sorted("bBaA", key=str.lower), sorted([(1, 'b'), (1, 'a')]))
try: sorted([1, "a"])
except TypeError as e: print(e)
try: [3, 1].sort(key=1)
except TypeError as e: print(e)
try: [].sort(1)
except TypeError as e: print(e)
print(max([], default=0), min("bca"), max(1, 2, key=lambda x: -x))
try: max([])
except ValueError as e: print(e)
try: max()
except TypeError as e: print(e)
try: min(1)
except TypeError as e: print(e)
print(list(reversed(range(5))), list(enumerate("ab", start=5)), list(zip()), dict(zip("ab", "cd")))
try: list(zip([1], [2, 3], strict=True))
except ValueError as e: print(e)
print(any([]), all([]), sum([[1], [2]], []), sum(range(10), start=5))
try: sum(["a", "b"], "")
except TypeError as e: print(e)
print(divmod(-7, 2), divmod(7.5, -2), pow(-2, 3), pow(2, 0.5) == 2 ** 0.5, abs(-0.0))
print(isinstance(1, (int, str)), issubclass(bool, (str, int)), isinstance([], list | dict))
try: isinstance(1, 1)
except TypeError as e: print(e)
print(round(1.23456, 3), round(-0.5), round(0.5), round(1.5), round(1e300, -300))
print(id(1) == id(1), hash("a") == hash("a"), callable(len), callable(1))
print(vars(type("T", (), {"a": 1}))["a"], type("T", (int,), {})(5) + 1)
print(getattr(1, "real"), getattr(1, "nope", "dflt"))
try: getattr(1, "nope")
except AttributeError as e: print(e)
print(dir(1)[:3], "__add__" in dir(int))
print(ascii("é✓"), repr("é✓"), format(1234, ","), bin(10), oct(-10), hex(255))
print(chr(65), ord("€"), str(b"abc", "ascii"), bytes("é", "utf-8"), "é".encode("latin-1"))
