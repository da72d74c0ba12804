# Full-message version of hostile.py.
# Hostile dunder methods: __index__, __len__, __hash__, __eq__, __iter__, __next__,
# __bool__, __int__, __float__ returning huge, negative or wrongly typed values, or
# raising. Every use must raise the CPython exception or work, never crash.
import sys

def report(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (int, bool, str, float)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for v in (2**100, -2**100, sys.maxsize, -sys.maxsize - 1, -1, "3", 3.0, None):
    i = Idx(v)
    report("list[%r]" % (v,), lambda: [1, 2, 3][i])
    report("slice %r" % (v,), lambda: [1, 2, 3][i:i])
    report("str[%r]" % (v,), lambda: "abc"[i])
    report("range(%r)" % (v,), lambda: len(range(i)))
    report("* %r" % (v,), lambda: [0] * i if not isinstance(v, int) or v < 10 else "skip")
    report("bytes(%r)" % (v,), lambda: bytes(i) if not isinstance(v, int) or v < 10 else "skip")
    report("hex(%r)" % (v,), lambda: hex(i))
    report("insert %r" % (v,), lambda: [1].insert(i, 0))
    report("pop %r" % (v,), lambda: [1].pop(i))
    report("to_bytes %r" % (v,), lambda: (1).to_bytes(i, "big") if not isinstance(v, int) or v < 10 else "skip")
    report("chr %r" % (v,), lambda: chr(i))
    report("round %r" % (v,), lambda: round(2.5, i))
    report("islice-like %r" % (v,), lambda: "abc".center(i) if not isinstance(v, int) or v < 10 else "skip")

class Len:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

for v in (-1, 2**100, sys.maxsize, "x", 2.0, None, True):
    o = Len(v)
    report("len %r" % (v,), lambda: len(o))
    report("bool %r" % (v,), lambda: bool(o))
    report("list %r" % (v,), lambda: list(o))

class Hsh:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self is other

for v in (2**100, -1, -2, "x", 1.5, None, sys.maxsize + 1):
    o = Hsh(v)
    report("hash %r" % (v,), lambda: hash(o))
    report("dict %r" % (v,), lambda: len({o: 1}))
    report("set %r" % (v,), lambda: o in {o})

class EqRet:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v
    __hash__ = object.__hash__
class BadBool:
    def __bool__(self):
        raise RuntimeError("bool!")
class BoolInt:
    def __bool__(self):
        return 2
for v in (BadBool(), BoolInt(), None, NotImplemented, [1]):
    o = EqRet(v)
    report("eq in list %s" % type(v).__name__, lambda: 1 in [o])
    report("list.index %s" % type(v).__name__, lambda: [o].index(1))
    report("list == %s" % type(v).__name__, lambda: [o] == [1])
    report("dict key %s" % type(v).__name__, lambda: {o: 1}.get(o))

class NotIter:
    def __iter__(self):
        return 5
class NextRaises:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("next")
class IterSelfNoNext:
    def __iter__(self):
        return self
for o in (NotIter(), NextRaises(), IterSelfNoNext()):
    n = type(o).__name__
    report("list(%s)" % n, lambda: list(o))
    report("for %s" % n, lambda: [x for x in o])
    report("unpack %s" % n, lambda: (lambda a, b: a)(*o))
    report("tuple %s" % n, lambda: tuple(o))
    report("sorted %s" % n, lambda: sorted(o))
    report("join %s" % n, lambda: "".join(o))
    report("dict %s" % n, lambda: dict(o))
    report("zip %s" % n, lambda: list(zip(o, o)))
    report("min %s" % n, lambda: min(o))
    report("extend %s" % n, lambda: [].extend(o))
    report("set %s" % n, lambda: set(o))
    report("bytes %s" % n, lambda: bytes(o))
    report("in %s" % n, lambda: 1 in o)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v
    def __index__(self):
        return self.v
for v in ("1", 1.5, 2**1000, None, True):
    o = Num(v)
    report("int %r" % (v,), lambda: int(o))
    report("float %r" % (v,), lambda: float(o))
    report("%%d %r" % (v,), lambda: "%d" % o)
    report("format x %r" % (v,), lambda: format(o, "x") if isinstance(v, int) and v < 100 else "skip")

class Str:
    def __str__(self):
        return 5
    def __repr__(self):
        return None
    def __format__(self, spec):
        return 7
report("str bad", lambda: str(Str()))
report("repr bad", lambda: repr(Str()))
report("format bad", lambda: format(Str()))
report("f-string bad", lambda: f"{Str()}")
report("print bad", lambda: print(Str()))
report("list repr bad", lambda: repr([Str()]))

class Getitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError(i)
        return i * 2
    def __len__(self):
        return -5
report("iter via getitem", lambda: list(Getitem()))
report("reversed via len", lambda: list(reversed(Getitem())))
report("in via getitem", lambda: 8 in Getitem())
