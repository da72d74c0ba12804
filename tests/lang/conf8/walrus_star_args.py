# walrus, star-unpacking, kw-only/pos-only in realistic code
import re
data = ["name=ann age=31", "bad", "name=bob age=x", "name=cid age=40 extra=1"]
people = []
for line in data:
    if (m := re.fullmatch(r"name=(\w+) age=(\d+)(?: (.*))?", line)) is None:
        print("skip", repr(line)); continue
    name, age, *rest = m.groups()
    people.append((name, int(age), rest[0]))
print(people)
print([y for x in range(6) if (y := x * x) % 2], y)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def f(pos1, pos2=2, /, mid=3, *args, kw1, kw2=5, **kwargs):
    return f"{pos1=} {pos2=} {mid=} {args=} {kw1=} {kw2=} {kwargs=}"
print(f(1, kw1=4))
print(f(1, 2, 3, 4, 5, kw1=6, z=7, pos1="in kwargs"))
for call in ["f()", "f(1)", "f(pos1=1, kw1=2)", "f(1, 2, 3, mid=4, kw1=5)", "f(1, kw1=1, kw1=2)"]:
    try: eval(call)
    except (TypeError, SyntaxError) as e: print(type(e).__name__, e)
head, *tail = "hello"
*init, last = [1]
a, (b, *c), d = 1, (2, 3, 4), 5
print(head, tail, init, last, a, b, c, d)
first, *_, last = range(10)
print(first, last, [*range(3), *(x for x in "ab")], (*"xy",), {**{"a": 1}, **dict(b=2)})
def merge(*dicts, **over): return {k: v for d in (*dicts, over) for k, v in d.items()}
print(merge({"a": 1}, {"b": 2}, a=3))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*map(sum, zip(*matrix))], max(*[3, 9, 2]), print(*[], sep="x") is None)
while (chunk := data.pop() if data else None):
    print("popped", chunk)
if any((hit := w).startswith("q") for w in ["apple", "quince", "qat"]):
    print("first q:", hit)
print([(k, v) for k, *v in [(1, 2, 3), (4,)]])
try:
    exec("(a, b) := (1, 2)")
except SyntaxError as e: print(e.msg)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e: print(e.msg)
try:
    exec("def g(a, /, a): pass")
except SyntaxError as e: print(e.msg)
try:
    exec("def g(*, **kw): pass")
except SyntaxError as e: print(e.msg)
try:
    exec("a, *b, *c = 1, 2, 3")
except SyntaxError as e: print(e.msg)
try:
    exec("*a = [1]")
except SyntaxError as e: print(e.msg)
try:
    exec("def g(a=1, b): pass")
except SyntaxError as e: print(e.msg)
try:
    exec("f(**{}, *[])")
except SyntaxError as e: print(e.msg)
except NameError as e: print("NameError", e)
try:
    exec("f(a=1, 2)")
except SyntaxError as e: print(e.msg)
srcs = ["(a, b) := (1, 2)", "x = (a, b := 1)", "(a.b := 1)", "(a[0] := 1)", "((a) := 1)", "([a] := 1)", "(a, b) := 1", "a, b := 1, 2", "(lambda: 1 := 1)", "(f() := 1)", "(1 := 2)", "('s' := 1)", "(a := 1 := 2)", "def f(x := 1): pass", "f(x := 1)", "[a := 1 for a in b]", "{(a, b) := 1}", "print(x, (y, z) := 1)"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)
for s in ["(a, b) := 1\n", "((a, b)) := 2", "(a, b), c := 1", "[a, b] := 1", "(a, *b) := 1", "() := 1", "(a,) := 1", "(yield) := 1", "(a, b) = 1 := 2", "(a := 1) := 2"]:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)
