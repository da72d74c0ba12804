# Comparisons of two floats or two strs (fast path without the depth guard) against the
# general rules: NaN, signed zeros, infinities, non-ASCII order, subclasses with their
# own comparison methods, and containers holding them.
nan, inf = float("nan"), float("inf")
vals = [0.0, -0.0, 1.5, -2.25, inf, -inf, nan]
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
x = float("nan")
print([x] == [x], {x: 1}.get(x), max(1.5, 2.5), min([3.5, -0.0, 0.0]))
strs = ["", "a", "ab", "b", "Z", "é", "ée", "€", "😀", "a\x00", "\x7f", "\x80"]
for a in strs:
    print(repr(a), "".join("<" if a < b else "=" if a == b else ">" for b in strs))
print(sorted(strs), max(strs), min(strs))

class S(str):
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return False
    __hash__ = str.__hash__

class Fl(float):
    def __lt__(self, other):
        return "custom"

print(S("a") == "b", "b" == S("a"), S("x") == S("y"), S("a") < S("b"), "a" < S("b"))
print(Fl(1.0) < Fl(2.0), Fl(1.0) < 2.0, 1.0 < Fl(2.0), Fl(3.0) > Fl(2.0))
print(["a", S("q")] == ["a", "zz"], ("é",) < ("f",), ["b", 1.5] < ["b", 2.5])
try:
    "a" < 1.5
except TypeError as e:
    print(e)
print(1.5 == "1.5", "x" != 2.0)
