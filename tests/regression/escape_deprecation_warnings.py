# Invalid escape sequences in str/bytes literals give CPython 3.11's DeprecationWarning (the
# first one of each literal, on the literal's line), a SyntaxError when the filter says error.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    eval(r"'\d'")
    eval(r"b'\d'")
    eval(r"'\407'")
    eval(r"b'\407'")
    compile(r"x = '\q'", "<s>", "exec")
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in [r"'\d'", r"b'\407'"]:
        try: eval(src)
        except SyntaxError as e: print(type(e).__name__, e)
        except DeprecationWarning as e: print('DW', e)
src = 'x = 1\ny = """abc\n\\d"""\nz = f"{x}\\w {y!r}"\nw = rb"\\d"\nv = "ok\\n"\nu = "\\d \\e"\n'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    exec(compile(src, "<src>", "exec"), {})
    print([(str(x.message), x.lineno) for x in w])
# a backslash before a non-ASCII character stays as written without any warning
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(eval('"\\\u00e9x"')), len(w))
