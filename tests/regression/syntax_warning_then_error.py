# a source with a SyntaxWarning and then a tokenizer error: the warning and the error as in CPython (the parser copied an uninitialised warning count, cppcheck uninitvar)
import warnings
for src in ["x = 1if 1 else 2\ny = 'abc\n", "x = 0x1for\n(1,\n", "x = 1if 1 else 2\nfoo(\n"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.lineno, e.offset)
        print([str(x.message) for x in w], [x.category.__name__ for x in w])
