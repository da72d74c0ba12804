# str(x), type(x) and isinstance(x, C) called from the eval loop with one positional
# argument take short paths; these check they give what the full calls give.

class S(str):
    pass

class R:
    def __str__(self):
        return S('from __str__')

class Bad:
    def __str__(self):
        return 5

class Boom:
    def __str__(self):
        raise KeyError('boom')

for x in [1, -7, 10**30, 2.5, 'abc', S('sub'), R(), None, [1, 'a'], (1,), b'x', True]:
    r = str(x)
    print(repr(r), type(r).__name__, type(x).__name__)

for f in [lambda: str(Bad()), lambda: str(Boom()), lambda: str(1, 2, 3, 4),
          lambda: str(b'a', 'ascii'), lambda: str(object=5), lambda: str(),
          lambda: type(), lambda: type(1, 2), lambda: type(object=1),
          lambda: isinstance(1), lambda: isinstance(1, 2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return False

class M(metaclass=Meta):
    pass

class MSub(M):
    pass

m = M()
print(isinstance(m, M), isinstance(MSub(), M), isinstance(1, M), type(m) is M)
print(isinstance(True, int), isinstance(1, bool), isinstance(S('a'), str), isinstance('a', S))
print(isinstance(m, (int, M)), isinstance(3, (str, int)))

class T(type):
    pass

class U(metaclass=T):
    pass

print(type(U).__name__, type(T).__name__, type(type).__name__, type(U()).__name__)

# the names rebound
def call_str(v):
    return str(v)

def call_type(v):
    return type(v)

print(call_str(3), call_type(3).__name__)
str = lambda v: 'my str'
type = lambda v: 'my type'
print(call_str(3), call_type(3))
del str, type
print(call_str(4), call_type(4).__name__)

class Q:
    pass
Q.str = str
print(Q().str if False else Q.str(5))
