# Places where := is not allowed without parentheses.
sources = [
    'x := 5',
    'f(x := 5)',
    '(x := 5)',
    'a[0] := 5',
    'def f(a=(b := 1)): pass',
    'x = y := 5',
    '(a.b := 1)',
    '[x := 1, 2]',
    'print(x := 1, y := 2)',
]
for src in sources:
    try:
        compile(src, '<w>', 'exec')
        print('ok:', src)
    except SyntaxError as e:
        print('error:', src, '->', e.msg)
