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

# review of session 15: an invalid rule's lookahead (print "x", a missing comma, '1 = x')
# reading to the end does not make the input incomplete
import codeop
srcs = ['print "x"', 'f(a b)', 'exec "x"', 'x = [1 2]', 'x = {1 2}', '1 = x', 'f() = 1', "print f'x'",
        'x = 1; print 2', 'x = (1 2', 'print "x', 'f(a b', 'if x:', '(1,', 'print x,', 'a = b c', 'print(1', 'x = [1, 2']
for s in srcs:
    for mode in ('single', 'exec', 'eval'):
        for fl in (0x4000, 0x4200):
            try:
                compile(s, '<in>', mode, fl)
                r = 'ok'
            except SyntaxError as e:
                r = (e.msg, e.lineno, e.offset)
            print(repr(s), mode, hex(fl), r)
    for mode in ('single', 'exec'):
        try:
            r = codeop.compile_command(s, symbol=mode)
            r = 'code' if r else r
        except SyntaxError as e:
            r = ('SyntaxError', e.msg)
        print('compile_command', repr(s), mode, r)
for s in ['x = (1 2', 'x = (1 2\n', 'x = (1 2\n\n', 'f(a b\n', 'x = (1,\n', '(1\n']:
    for mode in ('single', 'exec'):
        for fl in (0x4200, 0x4000, 0x200):
            try:
                compile(s, '<in>', mode, fl); r = 'ok'
            except SyntaxError as e:
                r = (e.msg, e.lineno, e.offset)
            print(repr(s), mode, hex(fl), r)
