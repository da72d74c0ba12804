# compile() flags PyCF_ALLOW_INCOMPLETE_INPUT (0x4000) and PyCF_DONT_IMPLY_DEDENT (0x200),
# which codeop passes: "incomplete input" when the parse failed at the end of the source
# (in every mode), its position, and blocks left open at the end of single input.
# (SyntaxError.text of an open triple-quoted string differs: see docs/notes/codecs15.md)
srcs = ["if x:", "if x:\n  pass", "if x:\n  pass\n", "def f(a: int): pass", "(1,",
        "x = 1 \\", "'abc", "1 +", "a b", "1 2 3", "x +=", "lambda:",
        "@dec", "f(**)", "[1,\n2", "for x in y:\n  for z in w:\n    pass\n", "else:", ")",
        "if x:\npass", "try:\n  x\n", "while 1:\n  x = (1,\n  2)"]
for flags in (0x4000, 0x4200, 0x200, 0):
    for mode in ("single", "exec", "eval"):
        for src in srcs:
            try:
                compile(src, "<s>", mode, flags)
                print(hex(flags), mode, repr(src), "ok")
            except SyntaxError as e:
                print(hex(flags), mode, repr(src), type(e).__name__, e.msg, e.lineno,
                      e.offset, e.end_lineno, e.end_offset, repr(e.text))
