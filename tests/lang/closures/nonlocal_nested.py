# nonlocal binds to the nearest enclosing function scope.
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'inner set'
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def two_levels():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 10
        b()
        b()
    a()
    return v
print(two_levels())
for src in ['nonlocal x', 'def f():\n    nonlocal y\n', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n']:
    try:
        compile(src, '<src>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
