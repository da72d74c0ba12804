# complex.__pow__/__rpow__ with a modulus returned NotImplemented instead of raising ValueError('complex modulo'), and __pow__() with no argument gave the one-argument wrappers' message
def t(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


t(lambda: complex.__pow__(2j, 2, 3))
t(lambda: complex.__rpow__(2j, 2, 3))
t(lambda: complex.__pow__(2j, 2, None))
t(lambda: float.__pow__(2.0, 3, 5))
t(lambda: float.__rpow__(2.0, 3, 5))
t(lambda: int.__pow__(2, 3, 5))
t(lambda: int.__rpow__(3, 2, 5))
t(lambda: int.__pow__(2, 3.0, 5))
t(lambda: int.__pow__(2, 3, 5, 7))
t(lambda: int.__pow__(2))
t(lambda: int.__rpow__(2))
t(lambda: float.__pow__(2.0))
