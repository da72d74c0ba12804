import enum


@enum._simple_enum(enum.Enum)
class Safe:
    safe = 0
    unsafe = -1
    unknown = None

    def describe(self):
        return 'is %s' % self.name


print(list(Safe), Safe(0), Safe.unknown.value, Safe.safe.describe(), type(Safe).__name__, Safe.__qualname__)


@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class Fl:
    A = 1
    B = 2
    __str__ = object.__str__


print(Fl.A | Fl.B, repr(Fl(8)), str(Fl.A), Fl.B == 2)


@enum._simple_enum(enum.IntEnum)
class Num:
    ONE = 1
    TWO = 2


print(Num.TWO + 1, repr(Num(1)), Num['TWO'])
try:
    Safe(5)
except ValueError as e:
    print(e)
