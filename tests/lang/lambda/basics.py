# lambda expressions: arguments, defaults, immediate calls and names.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print(sq.__name__, type(sq).__name__)
add = lambda a, b: a + b
print(add('x', 'y'), add([1], [2]))
print((lambda x: (lambda y: x + y))(10)(5))
print((lambda: None)() is None)
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
