def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
for s in ["[i := 0 for i in range(3)]", "[x for x in (y := [1])]", "[[(j := k) for k in range(2)] for i in range(2)]", "class C:\n  [(z := 1) for _ in range(1)]",
          "def f():\n  nonlocal_x = [(y := 1) for y in range(2)]", "(a := 1) = 2", "x := 5", "(x.y := 5)", "(x[0] := 5)", "f(x := 1)", "f(a, b := 2)", "{(y := 1): 2}",
          "lambda: (q := 1)", "def f(a := 1): pass", "[i for i in range(3) if (j := i)]", "print((w := 3), w)", "while (n := 0): pass", "a[(b := 1)] = 2", "[(i := 1) for i, j in []]",
          "[x for x in range(3) for y in range((x := 2))]", "{i: (i := 1) for i in range(2)}", "def g():\n  [(g := 1) for _ in ()]\n  global g", "async def f():\n  [x async for x in (y := z)]",
          "def f():\n  x = 1\n  def g():\n    [(x := 2) for _ in range(1)]\n    nonlocal x", "(yield := 1)", "del (a := 1)", "for (x := 1) in y: pass", "with a as (b := 1): pass",
          "import a as (b := 1)", "[(lambda: (c := 1)) for _ in ()]"]:
    try:
        compile(s, "<w>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
def ok1():
    data = [1, 5, 8, 3]
    if any((big := x) > 6 for x in data):
        return big
t(ok1)
def ok2():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
t(ok2)
def ok3():
    while (chunk := [1, 2][:0]):
        pass
    return chunk
t(ok3)
t(lambda: (y := 10, y * 2))
print([(n := 5) * n])
def ok4():
    return [[(last := (i, j)) for j in range(2)] for i in range(2)], last
t(ok4)
