# CALL of a class runs a Python __init__ as a frame: return value checks, argument errors,
# exceptions, __init__ replaced on the class, __new__ added, metaclasses, recursion.
class P:
    def __init__(self, a, b=2):
        self.s = a + b
print(P(1).s, P(1, 5).s, P(b=1, a=2).s)
for args in ((), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print(type(e).__name__, e)
class R:
    def __init__(self):
        return 1
try:
    R()
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(type(e).__name__, e)
def make(n):
    return [P(i).s for i in range(n)]
print(make(3))
P.__init__ = lambda self, a: setattr(self, 's', a * 100)
print(make(3))
class N(P):
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.extra = 'new'
        return o
n = N(4)
print(n.s, n.extra)
class Meta(type):
    def __call__(cls, *a):
        return 'meta call'
class M(metaclass=Meta):
    def __init__(self):
        self.x = 1
print(M())
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(50)
depth = 0
while d is not None:
    depth += 1
    d = d.child
print(depth)
class Boom:
    def __init__(self):
        raise ValueError('in init')
for i in range(2):
    try:
        Boom()
    except ValueError as e:
        print('caught', e)
try:
    def rec():
        class X:
            def __init__(self):
                rec()
        X()
    rec()
except RecursionError as e:
    print(type(e).__name__)
