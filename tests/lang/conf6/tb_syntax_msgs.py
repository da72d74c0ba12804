src = "x = (1,\ny = 2\n"
for s in ["x = (1,\ny = 2\n", "def f(:\n  pass", "a b", "f(x for x in y, 1)", "x = 1 +", "if x\n  pass", "print 'hi'", "1 = x", "del f()", "x := 1", "return", "break", "def f():\n  nonlocal q", "class A:\n return 1", "'abc", '"""abc', "x = [1, 2", "for x in 1,2:\npass", "  x = 1", "f(**a, *b)", "f(a=1, a=2)", "def f(a, a): pass", "lambda: (yield)", "async def f(): yield from x", "x = 0777", "x = 1_", "x = 0b2", "a.1", "import", "from x import (a, b", "try:\n  pass\n", "with open(x) as f, :\n pass", "f'{'", "f'{}'", "f'{x!z}'", "nonlocal x", "def f(*): pass", "def f(*, **k): pass", "x: int = 1 = 2", "(a, b): int", "a, b += 1", "[x for x in y] = 1", "None = 1", "True += 1", "__debug__ = 1", "f() = 1", "del (a, b), [c], None", "*a = 1", "*a, *b = 1", "print(*)", "x = yield = 3", "match x:\n case 1 | y: pass", "match x:\n case {**r, 'a': 1}: pass"]:
    try:
        compile(s, "<probe>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
