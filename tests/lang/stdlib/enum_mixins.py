from enum import Enum, IntEnum, Flag, auto, unique, nonmember, member
import enum

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str, Enum):
    A = "a"
    B = "b"
print(str(S.A), repr(S.A), format(S.A), f"{S.B}", S.A == "a", S.A + "x", S.A.upper(), "%s" % S.A, sorted([S.B, S.A]))

class F(float, Enum):
    HALF = 0.5
    ONE = 1.0
print(str(F.HALF), repr(F.HALF), F.HALF * 2, f"{F.ONE:.2f}" if False else "skip", F(0.5))

class T(tuple, Enum):
    P = (1, 2)
print(repr(T.P), T.P[0], T((1, 2)))

class WithNon(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
print([m.name for m in WithNon], WithNon.B, WithNon.C.value())

class Order(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Order))

class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.HIGH), Pri.HIGH - Pri.LOW, [p for p in Pri], Pri(2).name)

class Big(Enum):
    X = 10 ** 30
print(repr(Big.X), Big(10 ** 30))
class Neg(IntEnum):
    M = -1
    Z = 0
print(repr(Neg.M), Neg(-1), abs(Neg.M))
class Cls(Enum):
    A = [1, 2]
    B = {"k": 1}
print(repr(Cls.A), Cls([1, 2]), Cls({"k": 1}))
show(lambda: Cls([3]))
class NoneVal(Enum):
    N = None
    Z = 0
print(NoneVal(None), NoneVal(0), repr(NoneVal.N))
show(lambda: Enum("Bad", "A A"))
print(enum.EnumMeta.__name__, enum.EnumType.__name__)
show(lambda: S("c"))
show(lambda: Pri("1"))
print(hasattr(S.A, "__dict__"), S.A.name, S.A.value, type(S.A.value))
def bad_order():
    class O(Enum):
        _order_ = "B A"
        A = 1
        B = 2
show(bad_order)
class O2(Enum):
    _order_ = "A, B"
    A = 1
    B = 2
print(list(O2), hasattr(O2, "_order_"))
