# strs whose characters live in the str's own chunk (session 20: one allocation per str).
# Every creation path, lengths around the inline limit, strs that share another str's
# characters (subclass instances, exact copies), `+=` chains, and collections while the
# characters are in use (regex callbacks, iterators, dict keys).
import gc
import re
import sys
import json

def check(label, got, want):
    if got != want:
        print("MISMATCH", label, repr(got)[:80], repr(want)[:80])

base = "".join(chr(97 + i % 26) for i in range(20000))
uni = "".join(chr(0x3b1 + i % 20) for i in range(9000))

# slices of every length around the limits (ASCII and two-byte characters)
lengths = list(range(0, 80)) + list(range(120, 140)) + list(range(180, 260)) + \
    list(range(8100, 8200, 7)) + list(range(16290, 16330)) + [17000, 19999]
made = []
for n in lengths:
    s = base[1:n + 1]
    made.append(s)
    check("len", len(s), n)
for n in list(range(0, 60)) + list(range(5400, 5500, 3)) + [8150, 8170, 8200]:
    s = uni[3:n + 3]
    made.append(s)
    check("ulen", len(s), n)
gc.collect()
total = 0
for s in made:
    total = (total * 31 + sum(map(ord, s[-3:])) + len(s)) % 1000003
    check("roundtrip", s.encode("utf-8").decode("utf-8"), s)
    check("eq", s == s[:] and s[:len(s) // 2] + s[len(s) // 2:] == s, True)
print("slices", len(made), sum(len(s) for s in made))

# creation paths: split, join, format, decode, repr of numbers, replace, case, strip
words = ("alpha beta gamma delta " * 50).split()
print(len(words), words[:5], "-".join(words[:6]))
print("%s|%5d|%-8s|%r" % ("x" * 3, 42, "ab", "q'"), f"{3.25:.3f}", "{:>10}".format("r"))
print(str(10 ** 30), repr(1.5e300), str(-7), str(2 ** 64 - 1))
print(b"hello w\xc3\xb6rld".decode(), "AbC".lower(), "abc".upper(), "  pad  ".strip())
print("a,b,,c".split(","), "x".join(["1", "2", "3"]), "banana".replace("an", "AN"))
print([w.title() for w in "one two three".split()], "tab\there".expandtabs(4))
print(ascii("é€"), repr("line\nnext"), "%c%c" % (65, 0x3b1))
print(json.loads(json.dumps({"k" * 30: ["v" * 70, "w" * 200]})) == {"k" * 30: ["v" * 70, "w" * 200]})

# += chains over inline and buffer-backed strs (the in-place append path)
acc = ""
for i in range(400):
    acc += base[i:i + 3]
    if i % 97 == 0:
        snapshot = acc
        gc.collect()
check("acc", acc, "".join(base[i:i + 3] for i in range(400)))
print(len(acc), len(snapshot), acc[:12], acc[-12:])
a = base[5:9]
b = a + "XY"
c = a + "ZW"
print(a, b, c, a + "", "" + a)

# strs sharing another str's characters: subclass instances and exact copies
class S(str):
    pass

def make_shared():
    return S(base[10:30]), S(base[40:300]), S(uni[1:6])

s1, s2, s3 = make_shared()
gc.collect()
junk = [base[i:i + 40] for i in range(3000)]
del junk
gc.collect()
print(s1, len(s2), s2[:5], s3, type(s1).__name__, str(s1) == base[10:30])
e1 = str(s1)
del s1
gc.collect()
print(e1, type(e1).__name__, e1 + "!")
s4 = S("abc")
s4.attr = ["kept"]
gc.collect()
print(s4, s4.attr, s4 * 2, type(s4 * 2).__name__)

# characters in use while collections run: regex callbacks, iterators, dict keys
text = " ".join(base[i:i + 5] for i in range(0, 2000, 5))
def repl(m):
    garbage = [base[j:j + 30] for j in range(200)]
    if m.start() % 50 == 0:
        gc.collect()
    return m.group(0).upper()[::-1] + str(len(garbage))
out = re.sub(r"[a-e]\w+", repl, text)
print(len(out), out[:40])
it = iter(base[100:160])
first = next(it)
gc.collect()
print(first + "".join(it))
d = {}
for i in range(5000):
    k = base[i % 300:i % 300 + 6]
    d[k] = d.get(k, 0) + 1
    if i % 1000 == 0:
        gc.collect()
print(len(d), d[base[0:6]], sorted(d.items())[:3])
interned = sys.intern(base[200:212])
print(interned is sys.intern(base[200:212]), interned)

# strs are not tracked by the collector (as in CPython)
probe = base[7:19]
print(gc.is_tracked(probe), any(o is probe for o in gc.get_objects()))
print("total", total)

# case mappings rewritten in place in a fresh str, and short concatenations in one chunk
cased = []
for n in [0, 1, 2, 3, 30, 31, 32, 33, 200, 16300, 16320, 17000]:
    src = "".join("aZ b.Q"[(i * 7) % 6] for i in range(n))
    for f in (str.lower, str.upper, str.title, str.capitalize, str.swapcase, str.casefold):
        r = f(src)
        cased.append(r)
        check(f.__name__, len(r), n)
    if n < 40:
        print(n, repr(src.lower()), repr(src.upper()), repr(src.title()), repr(src.swapcase()))
one = "a".upper()
print(one, one == "A".upper(), "Q".lower(), "".upper() == "")
gc.collect()
print(sum(len(c) for c in cased), cased[-5][:12], cased[-4][:12])
pieces = [base[i:i + (i % 17) + 1] for i in range(60)] + ["é", "ab", "€uro", ""]
cat = []
for x in pieces:
    for y in pieces[::7]:
        cat.append(x + y)
gc.collect()
print(len(cat), sum(len(c) for c in cat), cat[3], cat[-2], ("é" + "x") + ("€" + "y"))
h = base[0:15]
h2 = h + "0123456789abcdef"
h3 = h2 + "!"
print(h2, h3, len(h2), h2 == base[0:15] + "0123456789abcdef", {h2: 1}[base[0:15] + "0123456789abcdef"])
