srcs = [
 "x = “quoted”", "x = 5 – 3", "a = 1\u00a0+ 2", "x = 1 ⁄ 2", "ß = 1\nprint(ß)", "x€ = 1", "x = $y", "\x00", "a = 'x\x00y'",
 "def f():\n\treturn 1\n        return 2", "if True:\n  x = 1\n\ty = 2", "  \nx = 1", "x = (\n1,\n2", "x = [\n1,\n2,\n",
 "s = '''abc\ndef", "s = 'abc\ndef'", "s = \"abc", "x = 1\n  y = 2", "def f():\n    x = 1\n  y = 2", "if x:\n    pass\n  else:\n    pass",
 "for x in y:\n", "class C:\n", "def f():\n    '''doc'''\n  pass", "x = 1 \\\n+ 2", "x = 1 \\ + 2", "x = \\", "\\",
 "print('a' 'b' 1)", "x = [1, 2 3, 4]", "x = {'a': 1 'b': 2}", "f(a b)", "x = 1 2", "import a b", "x = not", "x = a if",
 "@\ndef f(): pass", "@dec\nclass", "x = (1 for)", "lambda: (yield)", "x = 0o8", "x = 0b", "x = 1e", "x = 1j2", "x = 09.5", "x = 0_1",
 "x = 'a' + \n'b'", "print(1,, 2)", "x = [,]", "x = (,)", "f(,)", "del", "pass pass", "x = ()()", "a = b = ", "if x:\n    pass\nelif:\n    pass",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    except ValueError as e:
        print(repr(s), "ValueError", e)
srcs = ["x = (a b\n)", "x = [1,\n2 3]", "if x\n    pass", "def f(:\n  pass", "x = {1:\n}", "a = 1\nb = (\nc d)", "f(a for a in b,\nc)", "x = 1 +\\\n", "foo(\n  a=1,\n  a=2)", "x = [\n  1\n  2\n]", "class C:\n  def f(self):\n    return 1 +\n", "def f(a, a):\n  pass", "x = 'abc\ny = 1", "print('hello'\nprint('x')", "d = {'a': 1\n'b': 2}", "try:\n  x\nexcept:\n  pass\nelse\n  pass", "x = (1,\n2", "x = ((1,\n2)"]
for s in srcs:
    for mode in ("exec", "single"):
        try:
            compile(s, "<s>", mode)
            print(repr(s), mode, "ok")
        except SyntaxError as e:
            print(repr(s), mode, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# compile(..., 'single'): "incomplete input" only with PyCF_ALLOW_INCOMPLETE_INPUT (0x4000)
for s in ["x = (1,\n2", "if x:", "if x:\n", "x = 1 +\\\n", "'''abc", "@dec", "x = 1", "x = [\n1,\n2,\n"]:
    for fl in (0, 0x4000):
        try:
            compile(s, "<s>", "single", fl)
            print(repr(s), fl, "ok")
        except SyntaxError as e:
            print(repr(s), fl, "|", e.msg, "|", (e.lineno, e.offset, repr(e.text)) if fl == 0 else "")
