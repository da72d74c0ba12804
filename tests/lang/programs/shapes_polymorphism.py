# Polymorphic shape classes with an abstract-style base, properties, sorting and dunders.
class Shape:
    name = 'shape'

    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area()')

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items()))))

    def __repr__(self):
        args = ', '.join(f'{k}={v}' for k, v in vars(self).items())
        return f'{type(self).__name__}({args})'

    def describe(self):
        return f'{self.name:<10} area={self.area():>8.2f} perimeter={self.perimeter():>7.2f}'


class Rect(Shape):
    name = 'rectangle'

    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise ValueError('sides must be positive')
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = 'square'

    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    name = 'circle'
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Triangle(Shape):
    name = 'triangle'

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'invalid triangle sides {a}, {b}, {c}')
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


class Blob(Shape):
    pass


shapes = [Rect(3, 4), Square(2), Circle(1.5), Triangle(3, 4, 5), Circle(0.5), Square(2)]
for s in shapes:
    print(s.describe(), repr(s))
print('sorted by area:', [type(s).__name__ for s in sorted(shapes)])
print('largest:', max(shapes))
print('unique shapes:', len(set(shapes)))
print('total area: %.3f' % sum(s.area() for s in shapes))
print(Square(2) == Square(2), Square(2) == Rect(2, 2), isinstance(Square(1), Rect))
for bad in [lambda: Rect(0, 1), lambda: Triangle(1, 2, 3), lambda: Blob().area(), lambda: Blob().perimeter()]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, repr(str(e)))
counts = {}
for s in shapes:
    counts[s.name] = counts.get(s.name, 0) + 1
print(counts)
print([c.__name__ for c in Square.__mro__])
