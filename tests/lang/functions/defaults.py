# Default argument values are evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'))
x = 10
def show(v=x):
    return v
x = 20
print(show())
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, c=30), f(a=0), f(1, 2, 3))
print(f.__defaults__)
def g(a, b=None):
    return b if b is not None else [a]
print(g(1), g(1, 'x'))
