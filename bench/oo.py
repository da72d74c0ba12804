# Object-oriented code: classes, inheritance, properties, method calls, dict attributes.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}:{self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def r(self):
        return self._r
    def area(self):
        return 3.141592653589793 * self.r * self.r

shapes = []
for i in range(1, 200000):
    k = i % 3
    shapes.append(Rect(i % 7 + 1, i % 5 + 1) if k == 0 else Square(i % 9 + 1) if k == 1 else Circle(i % 4 + 1))
total = 0.0
counts = {}
for s in shapes:
    total += s.area()
    counts[s.name] = counts.get(s.name, 0) + 1
print(round(total, 2), sorted(counts.items()))
print(shapes[10].describe(), shapes[11].describe(), shapes[12].describe())
