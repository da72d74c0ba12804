# SyntaxError.text: CPython's tokenizer errors give the line without its newline, parser errors with one (added when the source lacks it)
for src in ["x = (", "a = 1\nb = (", "x = 1 +", "print 'x'", "a = 1\nb = )\nc = 2", "a = 1\nb = ) + 1\nc = 2", "b = ) + 1", "b = ) + 1\n", "x = 1 +\n", "x = $ + 1\n", "x = 'abc\n", "x = 1\n  y = 2\n", "def f():\nreturn 1\n", "x = [1, 2}\n", "x = [1, 2} + 3", "0b12 + 1", "x = 1_\n", "(1 2)\n", "x = ) # c\n"]:
    try:
        compile(src, "s.py", "exec")
    except SyntaxError as se:
        print(repr(se.msg), se.lineno, se.offset, repr(se.text))
