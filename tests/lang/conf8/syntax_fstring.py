# SyntaxError.text of errors inside f-string fields: CPython 3.11 shows "(expr)"
srcs = ["f'{a b}'", "x = 1\ny = f'abc {a b} def'", "f'{x} {lambda x: 1}'", "f'{1 +}'", "f'{a=b}'", "f'''\n{a b}'''", "f'{a b!r}'", "f'{a b:>10}'", "f'{ a  b }'", "rf'{a b}'", "f'{x}' f'{a b}'", "print(f'{yield}')", "f'{*a}'", "f'{a:=1}'", "f'{(a:=1) b}'", "f'{a[}'", "f'{a(]}'", "f'{1_}'", "f'{a.}'", "f'{\"a\" \"b\" c}'"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
srcs = ["f'''{\na b}'''", "f'{f\"{a b}\"}'", "f'{a b}' 'x'", "x = (f'{a b}'\n)", "f'{a b=}'", "f'{1_ }'", "f'{a!r} {b c!s:>{d}}'", "f'{a:{b c}}'"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
