# 100,000 nested brackets or operators in source give SyntaxError/MemoryError, never a crash.
for src in ["(" * 100000 + ")" * 100000, "-" * 100000 + "1", "[" * 100000 + "]" * 100000,
            "not " * 100000 + "x", "{" * 300 + "}" * 300]:
    try:
        compile(src, "s", "eval")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, e)
