# Subclassing tuple and using tuple with builtins.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f'Point({self[0]}, {self[1]})'
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
print(tuple(p), p + (5,))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(list(zip((1, 2), ('a', 'b'))))
print(tuple(reversed((1, 2, 3))))
print(divmod(7, 2), type(divmod(7, 2)).__name__)
print(tuple(enumerate('ab')))
print(() == tuple(), len(()) == 0)
