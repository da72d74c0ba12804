for src, mode in [("1 +", "eval"), ("1 +\n", "eval"), ("x = (1,", "exec"), ("a b", "eval"), ("f(", "exec"), ("1 +", "exec"), ("if x\n", "exec"), ("'abc", "eval"), ("1 + * 2", "eval")]:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src, mode in [("a b", "exec"), ("'abc", "exec"), ("a b", "single"), ("x = 1\ny y", "eval"),("x\n  y", "eval"), ("a b  ", "eval"), ("a b\r\n", "eval"), ("(1,\n 2 3)", "eval"), ("a b\n\n", "eval")]:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(repr(src), mode, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src in ["1 +", "a b"]:
    try: eval(src)
    except SyntaxError as e: print(repr(e.text))
    try: exec(src)
    except SyntaxError as e: print(repr(e.text))
for src, mode in [("return 1", "exec"), ("return 1", "single"), ("[x for x in 1 if (yield)]", "eval"), ("nonlocal x", "exec"), ("f(x for x in y, 1)", "eval"), ("del f()", "eval"), ("a = 1 = 2", "exec"), ("x += 1 = 2", "single"), ("def f():\n  x = 1\n  global x", "exec"), ("await x", "eval"), ("f(**x, *y)", "eval"), ("1 = x", "single"), ("'a' 'b' = 3\r\n", "exec")]:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(repr(src), mode, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
