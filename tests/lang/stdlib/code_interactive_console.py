# code: InteractiveConsole.push/interact with a replaced raw_input, runsource's results,
# showsyntaxerror and showtraceback output as CPython 3.11 writes them.
import code
import sys


class Console(code.InteractiveConsole):
    def __init__(self, lines, **kw):
        super().__init__(**kw)
        self.lines = list(lines)

    def raw_input(self, prompt=""):
        print("[prompt %r]" % prompt)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    def write(self, data):
        print("[write]", data, end="")


lines = ["x = 6 * 7", "x", "def f(n):", "    return 10 // n", "", "f(2)", "f(0)",
         "if x:", "  print('big')", "", "1 +", "(1,", "2)", "  y = 1", "print(undefined_name)",
         "class C:", "  a = 1", "", "C.a, C.b", "raise ValueError('bad')", "for i in range(2):",
         "  print(i)", "", "'''open", "string'''", "del x", "x", "import sys; sys.ps1",
         "from __future__ import annotations", "z: int = 1", "__annotations__"]
c = Console(lines)
c.interact(banner="hello", exitmsg="bye")
print(sorted(k for k in c.locals if not k.startswith('__')))

c2 = Console(["1 + 1"])
c2.interact(banner="", exitmsg="")
c3 = Console([])
c3.interact(banner="x")

ii = code.InteractiveInterpreter({})
ii.write = lambda s: print("[ii]", s, end="")
print(ii.runsource("a = 1"), ii.runsource("if a:"), ii.runsource("a b"),
      ii.runsource("1/0"), ii.runsource("a", symbol="eval"))
print(ii.locals['a'])
try:
    ii.runsource("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
print(type(sys.last_value).__name__)

seen = []
c4 = code.InteractiveConsole()
c4.write = seen.append
for line in ["q = [1,", "2]", "q"]:
    print(c4.push(line))
print(seen, c4.locals['q'], c4.buffer)
old = sys.excepthook
sys.excepthook = lambda t, v, tb: print("hook", t.__name__, v)
c4.push("1/0")
c4.push("1 1")
sys.excepthook = old
feed = ["w = 5", "w * 2"]


def readfunc(prompt):
    if not feed:
        raise EOFError
    return feed.pop(0)


sys.stderr = sys.stdout
code.interact(banner="B", readfunc=readfunc, local={}, exitmsg="E")
