# safepy gave SyntaxError.text 'x = (' instead of 'x = (\n' for compile() of source whose last line has no newline (and 'b = )\n' instead of 'b = )' for a tokenizer error mid-file)
for src in ["x = (", "a = 1\nb = (", "x = 1 +", "print 'x'", "a = 1\nb = )\nc = 2"]:
    try:
        compile(src, "s.py", "exec")
    except SyntaxError as se:
        print(repr(se.msg), se.lineno, se.offset, repr(se.text))
