# Syntax errors for bad global/nonlocal usage.
sources = {
    'nonlocal at module': 'nonlocal x',
    'no binding': 'def f():\n    nonlocal q\n',
    'global after use': 'def f():\n    print(x)\n    global x\n',
    'param global': 'def f(a):\n    global a\n',
    'param nonlocal': 'def f(a):\n    nonlocal a\n',
    'assigned before global': 'def f():\n    x = 1\n    global x\n',
}
for name, src in sources.items():
    try:
        compile(src, '<test>', 'exec')
        print(name, 'ok')
    except SyntaxError as e:
        print(name, '->', e.msg)
