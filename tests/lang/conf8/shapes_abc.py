from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.3f} perim={self.perimeter():.3f}"
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s): super().__init__(s, s)

class Bad(Shape):
    def area(self): return 0

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Bad()
except TypeError as e:
    print(e)
shapes = [Circle(1), Rect(2, 3), Square(1.5), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).describe())
try:
    shapes[0] < 3
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), issubclass(Square, Rect), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}))
print(sorted(Bad.__abstractmethods__))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
total = sum(s.area() for s in shapes)
print(f"{total=:.4f}")
print([type(s).__name__ for s in sorted(shapes, key=lambda s: (-s.perimeter()))])
