# A str's hashed / ascii / interned / tail-owner bools moved into the object header's
# flag bits so StrObject fits the heap's new 72-byte size class (was 80; issue 6, peak
# memory). Every path that set or read them is exercised here: construction from
# literals, slices, concatenation (in-place appends into a shared tail), subclasses and
# their exact copies, hashing and dict/set lookups, interning, marshal, re, io, json,
# non-ASCII indexing, with collections in between. Output from python3.11.
import gc
import io
import json
import marshal
import re
import sys

words = ["abc", "h\u00e9llo", "", "x", "\u20ac" * 3, "plain ascii text", "mixed \u00fc end"]
for w in words:
    print(repr(w), w.isascii(), len(w), hash(w) == hash(w[:]), w[1:].isascii(), (w + "z").isascii())

# concatenation in a loop appends in place into the first str's spare room; every
# intermediate str must keep its own contents
acc = "start"
snaps = []
for i in range(40):
    acc += "-%d" % i if i % 7 else "-\u00e9%d" % i
    snaps.append(acc)
    if i % 13 == 0:
        gc.collect()
print(len(acc), acc.isascii(), snaps[5], snaps[6].isascii(), snaps[7].isascii())
print(all(s == acc[: len(s)] for s in snaps), len({hash(s) for s in snaps}))
other = snaps[10]
branch1 = other + "A"
branch2 = other + "B"
print(branch1[-3:], branch2[-3:], other[-3:])

# subclasses keep the ascii flag of their source; their exact copies too
class S(str):
    pass

for src in ["abc", "\u00e9t\u00e9", ""]:
    s = S(src)
    e = str(s)
    print(type(s).__name__, s.isascii(), type(e).__name__, e.isascii(), e == src, hash(e) == hash(src), s.upper())

# hashes are cached and equal strs compare equal whatever was hashed first
d = {}
keys = ["k%d" % i for i in range(200)] + ["\u00e9%d" % i for i in range(50)]
for i, k in enumerate(keys):
    d[k] = i
gc.collect()
print(sum(d["k%d" % i] for i in range(200)), sum(d["\u00e9%d" % i] for i in range(50)))
print(len(set(keys) | {"k1", "k2", "new"}), "k150" in d, ("k" + "150") in d)

# interning
a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
c = "".join(["inter", "ned"])
print(a is b, a == c, sys.intern(c) is a)
class T:
    pass
t = T()
setattr(t, "".join(["dyn", "name"]), 5)
print(t.dynname, vars(t))

# marshal writes ASCII strs in the short form and keeps interned ones interned
for v in ["ascii", "\u00fcml", ("tup", "le"), ["k", "\u20ac"]]:
    r = marshal.loads(marshal.dumps(v))
    print(r == v, type(r).__name__)

# re, io, json over ASCII and non-ASCII text
print(re.findall(r"\w+", "ab c\u00e9 d"), re.sub("a", "\u00e4", "banana"))
buf = io.StringIO()
buf.write("ascii ")
buf.write("\u00e9\n")
print(repr(buf.getvalue()))
print(json.dumps({"a": "\u00e9", "b": "x"}), json.loads('"\\u00e9x"').isascii(), json.loads('"ab"').isascii())

# non-ASCII indexing (the index cache) and case mapping
u = "\u00e9a\u00fcb\u20acc" * 20
print("".join(u[i] for i in range(0, len(u), 7)), u[::-5][:6], u.upper()[:6], u.title()[:6])
print(", ".join(["x", "y\u00e9"]), "-".join(["p", "q"]).isascii(), "\u00e9".join(["a", "b"]).isascii())
