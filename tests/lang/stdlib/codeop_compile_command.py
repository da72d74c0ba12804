# codeop: compile_command decides complete (a code object), incomplete (None) or wrong
# (SyntaxError) as CPython 3.11 does; Compile/CommandCompiler remember __future__ flags.
import codeop
cases = ["if x:", "def f():", "(1,", "x = 1 \\", "'''abc", "if x:\n  pass", "if x:\n  pass\n",
         "x = 1", "1 +", "a b", "def f():\n  return 1\n\n", "", "# c", "\n\n", "for x in y:\n",
         "[1,\n2", "x = (", "@dec", "class A:\n  x=1\n", "if 1:\n  x\nelse:", "try:\n  x\n",
         "try:\n  x\nexcept E:\n  y\n", "f(**)", "x = '''a\nb", "lambda:", "1 if", "else:",
         ")", "x = [1, 2", "async def f():\n  await x\n", "print(1)\n", "'abc", "\"abc",
         "1 2 3", "x +=", "if x:\n  y\n z\n", "if x:\npass", "return 1", "def f(:", "\t1"]
for mode in ("single", "exec", "eval"):
    for src in cases:
        try:
            r = codeop.compile_command(src, "<in>", mode)
            print(mode, repr(src), "->", "None" if r is None else type(r).__name__)
        except SyntaxError as e:
            print(mode, repr(src), "-> SyntaxError", type(e).__name__, e.msg, e.lineno, e.offset)
        except Exception as e:
            print(mode, repr(src), "->", type(e).__name__, e)
c = codeop.Compile()
c("from __future__ import annotations", "<x>", "single")
print(hex(c.flags & 0x1000000))
co = c("x: int = 1\n", "<x>", "single")
ns = {}
exec(co, ns)
print(ns.get("__annotations__"))
cc = codeop.CommandCompiler()
print(cc("if x:"))
cc("from __future__ import annotations")
co = cc("y: str = 2\n")
exec(co, ns); print(ns["__annotations__"])
print(codeop.PyCF_DONT_IMPLY_DEDENT, codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
print(sorted(n for n in dir(codeop) if not n.startswith("_")))
