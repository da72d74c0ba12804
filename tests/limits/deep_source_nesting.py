# 100,000 nested brackets or operators in source end in a clean error, never a crash:
# SyntaxError "too many nested parentheses" for brackets (as CPython), and for deep
# operator chains a resource error (CPython raises MemoryError from its parser, safepy
# RecursionError from the compiler; both are accepted here).
for src in ["(" * 100000 + ")" * 100000, "-" * 100000 + "1", "[" * 100000 + "]" * 100000,
            "not " * 100000 + "x", "{" * 300 + "}" * 300]:
    try:
        compile(src, "s", "eval")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e)
    except (RecursionError, MemoryError) as e:
        print("resource error")
