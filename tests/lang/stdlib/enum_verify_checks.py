# enum.verify: UNIQUE, CONTINUOUS (enums and flags) and NAMED_FLAGS, with CPython's
# messages; enums that pass are returned unchanged.
from enum import Enum, IntEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

def attempt(make):
    try:
        cls = make()
        print('ok', list(cls))
    except ValueError as e:
        print(type(e).__name__, e)

def a():
    @verify(UNIQUE)
    class A(Enum):
        X = 1
        Y = 2
    return A
def b():
    @verify(UNIQUE)
    class B(Enum):
        X = 1
        Y = 1
        Z = 2
        W = 2
    return B
def c():
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        C = 3
        F = 6
    return C
def d():
    @verify(CONTINUOUS)
    class D(IntEnum):
        A = 1
        B = 2
        C = 3
    return D
def e():
    @verify(CONTINUOUS)
    class E(Flag):
        A = 1
        C = 4
        H = 32
    return E
def f():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ALL = 15
    return F
def g():
    @verify(NAMED_FLAGS)
    class G(IntFlag):
        A = 1
        X = 8
        Y = 16
    return G
def h():
    @verify(NAMED_FLAGS)
    class H(Flag):
        A = 1
        B = 2
        AB = 3
        Q = 4 | 8
        R = 32
        S = 64 | 1
    return H
def i():
    @verify(UNIQUE, CONTINUOUS)
    class I(Enum):
        ONE = 1
    return I
for make in (a, b, c, d, e, f, g, h, i):
    attempt(make)
