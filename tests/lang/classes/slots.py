# __slots__ restricts attributes and removes the instance __dict__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q2 = Q(1, 2)
q2.z = 3
print(q2.z, hasattr(q2, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 0
print(r.w, hasattr(r, '__dict__'), P.__slots__)
