# __init__ sets instance attributes; attributes can be added and deleted dynamically.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.z = 5
print(p.z, sorted(vars(p)), p.__dict__)
del p.z
print(hasattr(p, 'z'))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(Point(1).y, type(p).__name__, type(p) is Point, p.__class__.__name__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
