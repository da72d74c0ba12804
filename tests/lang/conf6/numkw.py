import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for s in ["x = 1if True else 2", "x = 0x1for", "y = [0x1for x in ()]", "z = 1or 2", "q = 1and 2", "r = 1in [1]", "s = 1not in []", "t = 1is 1", "u = 0b1else", "v = 0o7if 1 else 0", "w = 1.5if 1 else 0", "a = 1jif 1 else 0", "b = 1e5if 1 else 0", "c = 1_0if 1 else 0"]:
        try:
            compile(s, "<kw>", "exec")
            print("ok", s)
        except SyntaxError as e:
            print(s, "->", e.msg, e.offset)
    for x in w:
        print(x.category.__name__, x.message, x.lineno)
