# A del/for/with target may be a subscript or attribute of any atom, literals included
# (CPython's t_primary): these compile, and fail at run time with the usual errors. A
# bare literal is still "cannot delete literal" / "cannot assign to literal".
for src in ["del 'abc'[0]", "del b'x'[0]", "del {}['k']", "del 1 .real", "del ...[0]",
            "del [1, 2][0]", "del {1: 2}[1]", "del None[0]", "del True.real"]:
    try:
        exec(src)
        print(src, 'ran')
    except (TypeError, AttributeError, KeyError) as e:
        print(src, '!', type(e).__name__, e)
d = {}
for {}['k'] in range(2):
    pass
for [1, 2][0] in 'ab':
    pass
print('for loops ran')
for src in ["del 'abc'", "del 1", "del {}", "for 'a' in x: pass", "for 1 in x: pass",
            "del f'x'", "[x for 1 in y]", "with a as 'x': pass", "del 1 + 2", "del None",
            "for True in x: pass", "del False, a"]:
    try:
        compile(src, '<s>', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '!', e.msg, e.offset, e.end_offset)
