# Invalid unpacking targets are syntax errors.
sources = [
    'a, *b, *c = range(5)',
    '*a = [1, 2]',
    'a, b += 1, 2',
    '(a, b) = 1 = 2',
    'f() = 1',
    '[1, 2] = a',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
