# Tuple creation forms and repr, including the single-element comma.
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
t = 1, 2, 3
print(t, type(t).__name__)
s = 5,
print(s, len(s))
print((5), type((5)).__name__)
print(((1, 2), (3,)), repr(((),)))
print(tuple({'a': 1, 'b': 2}))
print(tuple(x * 2 for x in range(3)))
print(str((1, 'a', None, 2.5)))
nested = (1, (2, (3, ())))
print(nested, len(nested))
