# The interned-name table (made with room for 1024 names, found by bytes from C names)
# and dict.setdefault inserting where its own look-up ended (session 17, start-up).
import sys

# names interned by the interpreter are the ones sys.intern gives back
for name in ["__init__", "append", "keys", "__name__", "ExceptionGroup", "x", ""]:
    built = "".join(list(name))
    assert sys.intern(built) is sys.intern(name), name
lit = "__len__"
print(sys.intern("".join(["__", "len", "__"])) is lit)

# far more names than the table was made for: it grows and keeps every one
made = [sys.intern("name_%d" % i) for i in range(5000)]
again = [sys.intern("name_" + str(i)) for i in range(5000)]
print(all(a is b for a, b in zip(made, again)), len(set(map(id, made))))

# attribute names made at run time meet the interpreter's own
class C:
    pass
c = C()
setattr(c, "".join(["val", "ue"]), 1)
print(c.value, list(vars(c)))

# setdefault: insertion after a miss, a hit, growth from empty through many keys
d = {}
print(d.setdefault("a", 1), d.setdefault("a", 2), d)
for i in range(100):
    d.setdefault(i, i * i)
print(len(d), d[99], list(d)[:5])

# a key whose __eq__ mutates the dict during the look-up
class K:
    def __init__(self, h, victim=None):
        self.h = h
        self.victim = victim
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.victim is not None:
            v, self.victim = self.victim, None
            v.clear()
            v.update({K(7): "x", K(7): "y"})
        return False
d = {K(7): "first"}
k = K(7, d)
print(d.setdefault(k, "new"), len(d), d[k])
d2 = {}
for i in range(20):
    d2.setdefault(K(i % 3), i)
print(len(d2), sorted(d2.values())[:5])

# deleted entries on the chain: setdefault reuses their slot
d3 = {i: i for i in range(50)}
for i in range(0, 50, 2):
    del d3[i]
for i in range(0, 50, 2):
    d3.setdefault(i, -i)
print(len(d3), list(d3)[:6], d3[48])

# marshal: names written as interned come back as the interned str (by their bytes)
import marshal
for s in ["abc", "__init__", "name_4999", "é_x", "x" * 300]:
    got = marshal.loads(marshal.dumps(s))
    print(repr(got[:10]), got == s, got is sys.intern("".join(list(s))))
spaced = marshal.loads(marshal.dumps("a b"))
print(spaced, spaced is sys.intern("".join(["a ", "b"])))
t = marshal.loads(marshal.dumps(("q1", "q1", "q2", ("q1",))))
print(t, t[0] is t[1] is t[3][0], t[2] is sys.intern("q" + "2"))
