srcs = [
 "print 'hello'", "print x", "if x = 1:\n    pass", "if x == 1\n    pass", "def f()\n    pass", "for i in range(3)\n    print(i)",
 "while True print(1)", "x = [1, 2, 3", "x = (1, 2))", "x = {1: 2, 3}", "x = [1 2 3]", "f(1 2)", "d = {'a' 1}",
 "else if x:\n    pass", "if x:\npass", "def f():\nreturn 1", "  x = 1", "if x:\n    a = 1\n   b = 2", "if x:\n\ta = 1\n        b = 2",
 "return 5", "break", "continue", "class = 1", "def = 2", "import = 3", "x = 'unterminated", 'x = """never closed',
 "x = 1 +* 2", "x ++ 1 = 2", "5 = x", "x + 1 = 2", "f() = 3", "'a' = 1", "None = 1", "True = 2", "__debug__ = 1",
 "x = 08", "x = 0b102", "x = 1_", "x = 1__0", "x = 0x", "x = 1.2.3", "x = 5 $ 3", "x = `a`", "x = a ? b : c",
 "f'{'", "f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "f'}'", "f'{a b}'", "f'{lambda x: 1}'", "f'{#}'",
 "def f(a, a): pass", "def f(**a, b): pass", "lambda x=1, y: 0", "f(x for x in y, z)", "f(a=1, a=2)", "f(*)",
 "import a.b as", "from . import", "from x import (a, b", "from x import *, y", "import *",
 "try:\n    pass", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "try:\n    x\nexcept E, F:\n    pass",
 "with open(f) as f, :\n    pass", "x = yield = 3", "del 1", "del f()", "del (a, 1)", "assert(x, 'msg')",
 "a = 1 if b", "a = 1 if b else", "[x for x in]", "{**a for a in b}", "(*a)", "print(*)", "x: int = 1 = 2",
 "global x, ", "nonlocal", "async x = 1", "await = 1", "match x:\n    case 1:\n        pass\n    case _ if:\n        pass",
 "match x:\ncase 1: pass", "case = 1\nmatch = 2\nprint(case, match)", "x = 1;;", "x = (yield)", "def f(*, a, *, b): pass",
 "raise X from", "class C(x for x in y): pass", "a, b += 1", "[a, b] += 1", "x = [i for i in range(3) if i else 0]",
 "def f[T](x): pass", "type X = int", "x = 1 if True else 2 if", "print(f'{x=!r:>10}')", "0 if 1 else 2 = 3",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
