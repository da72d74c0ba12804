# copy: copy() and deepcopy() use reductions registered with copyreg.pickle().
import copy, copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
calls = []
def reduce_point(p):
    calls.append('reduce')
    return Point, (p.x * 10, p.y)
copyreg.pickle(Point, reduce_point)
p = Point(1, [2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.x, c.y is p.y, d.x, d.y == p.y, d.y is p.y, calls)

class WithCopy(Point):
    def __copy__(self):
        return 'own __copy__'
copyreg.pickle(WithCopy, reduce_point)
print(copy.copy(WithCopy(1, 2)), len(calls))
print(copy.copy(3 + 4j), copy.deepcopy([1 + 2j]))
