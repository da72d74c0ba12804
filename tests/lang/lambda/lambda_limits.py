# lambda bodies are single expressions; statements inside are syntax errors.
for src in ['lambda: return 1', 'lambda x: x = 1', 'lambda: pass', 'lambda: (yield)']:
    try:
        compile(src, '<lambda>', 'eval')
        print('ok', src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
f = lambda x: [y for y in range(x) if y % 2]
print(f(7))
g = lambda s: s.strip().split(',') if s else []
print(g(' a,b '), g(''))
h = lambda n: 1 if n <= 1 else n * h(n - 1)
print(h(10))
print((lambda x: (x, x * 2, x ** 3))(3))
