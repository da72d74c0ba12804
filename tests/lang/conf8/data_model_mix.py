nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].index(nan), (nan,) == (nan,), {nan: 1}.get(nan), nan == nan, [nan].count(nan))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3), repr(slice(1, None)))
try: slice(0, 1, 0).indices(3)
except ValueError as e: print(e)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::2], s[1:2, 3], s[...], s[:, None], s["a":"b":"c"], s[()])
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], "abcd"[:Idx()], range(10)[Idx()::Idx()], bin(Idx()), (5).__pow__(Idx()))
try: [1][1.0]
except TypeError as e: print(e)
try: "ab"[None:"x"]
except TypeError as e: print(e)
d = {i: i for i in range(6)}
del d[2]; del d[4]; d[2] = "new"; d[9] = 9
print(d, list(d)[-2:], next(reversed(d)))
fs = frozenset([1, 2]); st = {2, 3}
print(type(fs | st).__name__, type(st | fs).__name__, fs & st, st - fs, fs ^ st, fs <= {1, 2, 3}, fs < fs, fs.isdisjoint([5]))
print({1, 2} == frozenset([1, 2]), hash(frozenset()) == hash(frozenset([])), set("abc") > set("ab"), {1}.union([2], (3,)), {1, 2}.intersection_update({2}))
try: {[1]}
except TypeError as e: print(e)
try: {{}: 1}
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
class H:
    def __hash__(self): raise RuntimeError("no hash")
try: {H()}
except RuntimeError as e: print(e)
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__, Eq() == 1, Eq() != 1, [Eq()].index(5))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
w, p = 10, 3
print(f"{Fmt():>{w}.{p}f}", f"{Fmt()!s:>12}"[:14], f"{3.14159:{w}.{p}f}|", f"{'x':{'*'}^{w}}", f"{12:{'+'}}", format(Fmt(), ""))
print("{0.real} {0.imag} {1[0]} {1[1][k]} {2!r:>6}".format(3 + 4j, [1, {"k": "v"}], "s"))
print("{:{}}|{:{}{}}".format("a", 5, "b", "^", 5), "{0}{0}{1}".format("x", "y"), "{}".format({"a": 1}), "{{}} {}".format(1))
class Account:
    __secret = 42
    def get(self): return self.__secret
    def __private(self): return "p"
    def call(self): return self.__private()
a = Account()
print(a.get(), a._Account__secret, a.call(), hasattr(a, "__secret"), [k for k in vars(Account) if "secret" in k or "private" in k])
class Outer:
    x = 10
    ys = [x for _ in range(2)] if False else None
    try:
        zs = [x for _ in range(2)]
    except NameError as e:
        zs = str(e)
    w = (lambda x=x: x)()
print(Outer.zs, Outer.w)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; self.n = Cnt.n * 10
c1, c2 = Cnt(), Cnt()
print(Cnt.n, c1.n, c2.n, type(c1).n)
print(sorted([3, 1, 2], key=lambda x: -x), sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda t: t[0]))
recs = [("bob", 25), ("amy", 25), ("cal", 20)]
recs.sort(key=lambda r: r[0]); recs.sort(key=lambda r: r[1], reverse=True); print(recs)
try: sorted([1, 2, 3], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e: print(e)
import array, struct
arr = array.array("i", [1, 2, 3]); arr.append(4); arr.extend([5]); print(arr, arr[1:3], arr.tolist(), arr.itemsize, arr.typecode)
try: arr.append(1.5)
except TypeError as e: print(e)
print(struct.pack("<hI", -2, 7), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("<iqd"), struct.pack("3s", b"abcdef"))
try: struct.pack("b", 200)
except struct.error as e: print(e)
mv = memoryview(b"abcdef"); print(mv[1], mv[1:3].tobytes(), len(mv), mv.readonly, bytes(mv[::2]))
ba = bytearray(b"hello"); m2 = memoryview(ba); m2[0] = ord("j"); print(ba)
print(1 < 2 > 1.5 != 3, 1 == 1 in [1], (1 == 1) in [True], "a" in "abc" in ["abc"], None is None is not False)
x = 5
print(0 < x < 10 < x * 3, not 0 < x < 3, [1, 2] < [1, 3] < [2], (1, "a") < (1, "b"), "abc" < "abd" < "b")
try: [1] < (1,)
except TypeError as e: print(e)
try: None < 1
except TypeError as e: print(e)
try: {1: 2} < {1: 2}
except TypeError as e: print(e)
