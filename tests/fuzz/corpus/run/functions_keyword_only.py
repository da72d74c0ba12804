# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep):
    return sep.join(args)
print(g('a', 'b', sep='-'))
try:
    g('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
