# All parameter kinds combined in one signature.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(10, c=30, d=40, e=50))
print(f(1, 2, 3, *[9, 8], d=0, **{'b': 'kw-b'}))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*, a=1, **kw):
    return a, kw
print(g(), g(a=2, b=3))
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__)
