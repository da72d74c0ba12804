# Functions are objects: passed, returned, stored, with attributes.
def square(x):
    return x * x
def apply(f, v):
    return f(v)
print(apply(square, 5), apply(len, 'abc'))
ops = {'sq': square, 'neg': lambda x: -x}
print(ops['sq'](3), ops['neg'](3))
print(square.__name__, type(square).__name__, callable(square))
square.calls = 0
print(square.calls)
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print(compose(square, abs)(-4), compose(str, square)(3))
fs = [square, abs, str]
print([f(-2) for f in fs])
def noop():
    'docstring here'
print(noop.__doc__, square.__doc__)
print(square.__qualname__, compose(square, abs).__qualname__)
