# Deeply nested data through every recursive operation: repr/str, ==/<, hash, len of
# nested tuples, in, sorting nested lists, the compiler on deep expressions and blocks,
# and deep dict "documents". Each must finish or raise RecursionError / SyntaxError /
# MemoryError, never overflow the C stack. Depth 100000 is far past any limit.
import sys

N = 100000

def report(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (int, bool)) else type(r).__name__)
    except (RecursionError, MemoryError) as e:
        # CPython's parser stops some deep inputs with MemoryError (its parser stack is
        # full), others with RecursionError; safepy raises RecursionError for all. Both
        # are clean refusals, so both print the same here (see docs/notes/verify.md).
        print(label, "too deep")
    except SyntaxError as e:
        print(label, type(e).__name__)

def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x

def nest_dict(n):
    x = {}
    for i in range(n):
        x = {"k": x, "i": i}
    return x

a = nest_list(N)
b = nest_list(N)
report("repr list", lambda: repr(a))
report("str list", lambda: str(a))
report("list ==", lambda: a == b)
report("list <", lambda: a < b)
report("list in", lambda: a in [b])
report("list is-equal shortcut", lambda: a == a)
t = nest_tuple(N)
u = nest_tuple(N)
report("repr tuple", lambda: repr(t))
report("tuple ==", lambda: t == u)
d = nest_dict(N)
e = nest_dict(N)
report("repr dict", lambda: repr(d))
report("dict ==", lambda: d == e)
report("sorted nested", lambda: sorted([a, b]))
report("max nested", lambda: max([a, b]))
report("format nested", lambda: "{}".format(a))
report("f-string nested", lambda: f"{a!r}")
report("% nested", lambda: "%s" % (a,))
fs = frozenset()
for _ in range(N):
    fs = frozenset([fs])
report("repr frozenset", lambda: repr(fs))

# the compiler
report("eval deep unary", lambda: eval("-" * N + "1"))
report("eval deep parens", lambda: eval("(" * N + "1" + ")" * N))
report("eval deep list", lambda: eval("[" * N + "]" * N))
report("eval deep attr", lambda: eval("x" + ".y" * N, {"x": None}))
report("eval deep call", lambda: eval("f" + "()" * N, {"f": None}))
report("eval deep add", lambda: eval("+".join(["1"] * N)))
report("eval deep not", lambda: eval("not " * N + "1"))
report("eval deep lambda", lambda: eval("lambda: " * N + "1"))
report("eval deep subscript", lambda: eval("a" + "[0]" * N, {"a": 0}))
report("eval deep dict", lambda: eval("{1:" * N + "1" + "}" * N))
report("eval deep ifexp", lambda: eval("1 if 1 else " * N + "1"))
report("eval deep power", lambda: eval("2**" * N + "1"))
report("eval deep comparison chain", lambda: eval("<".join(["1"] * N)))
report("eval deep and", lambda: eval(" and ".join(["1"] * N)))
src = ""
for i in range(200):
    src += " " * i + "if 1:\n"
src += " " * 200 + "pass\n"
report("exec deep blocks", lambda: exec(src))
src = "def f():\n" + "".join("  " * (i + 1) + "def f():\n" for i in range(150)) + "  " * 152 + "pass\n"
report("exec deep defs", lambda: exec(src))
report("compile deep fstring", lambda: compile("f'{" * 50 + "1" + "}'" * 50, "s", "eval"))

# Python-level recursion hitting the limit inside C callbacks
class R:
    def __repr__(self):
        return repr(R())
report("repr recursion", lambda: repr(R()))
class E:
    def __eq__(self, other):
        return E() == E()
report("eq recursion", lambda: E() == E())
class H:
    def __hash__(self):
        return hash(H())
report("hash recursion", lambda: hash(H()))
class L:
    def __len__(self):
        return len(L())
report("len recursion", lambda: len(L()))
class I:
    def __iter__(self):
        return iter(I())
report("iter recursion", lambda: iter(I()))
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
report("getattr recursion", lambda: G().a)
def rec(n):
    return rec(n + 1)
report("plain recursion", lambda: rec(0))
report("recursion via sorted key", lambda: sorted([1, 2], key=lambda x: sorted([x], key=lambda y: rec(y))))
report("recursion via map", lambda: list(map(rec, [1])))
print("still alive", sys.getrecursionlimit())
