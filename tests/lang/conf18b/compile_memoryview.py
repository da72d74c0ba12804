# compile/exec/eval take a memoryview of the source as CPython takes any buffer
print(eval(compile(memoryview(b"1+1"), "name", "eval")))
exec(memoryview(b"print('exec', 6*7)"))
print(eval(memoryview(b"[1, 2][::-1]")))
print(eval(memoryview(b"xx1+2")[2:]))
try:
    compile(memoryview(b"1\x00"), "n", "eval")
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)
try:
    compile(memoryview(b"abcd")[::2], "n", "eval")
except (TypeError, ValueError, SyntaxError) as e:
    print(type(e).__name__)
