# Class patterns with keyword attributes and positional __match_args__.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Circle(Point(x, y), r) if r > 10:
            return f'big circle at {x},{y}'
        case Circle(center=c, r=r):
            return f'circle r={r} cx={c.x}'
        case Point():
            return 'some point'
        case _:
            return 'unknown'
for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(7, 0), 1), 5]:
    print(where(obj))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
