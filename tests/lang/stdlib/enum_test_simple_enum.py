# enum._test_simple_enum compares an enum made by _simple_enum with one made by
# subclassing (test_enum imports it); enum._iter_bits_lsb lists the bits of a value.
from enum import Enum, IntFlag, KEEP, _simple_enum, _test_simple_enum, _iter_bits_lsb


@_simple_enum(Enum)
class Simple:
    CYAN = 1
    MAGENTA = 2

    @property
    def zeroth(self):
        return 'zeroed %s' % self.name


class Checked(Enum):
    CYAN = 1
    MAGENTA = 2

    @property
    def zeroth(self):
        return 'zeroed %s' % self.name


print(_test_simple_enum(Checked, Simple))
Simple.MAGENTA._value_ = 9
try:
    _test_simple_enum(Checked, Simple)
except TypeError as e:
    print(e)


@_simple_enum(IntFlag, boundary=KEEP)
class Missing:
    SIXTY_FOUR = 64
    ALL = 64 + 12


class CheckedMissing(IntFlag, boundary=KEEP):
    SIXTY_FOUR = 64
    ALL = 64 + 12


print(_test_simple_enum(CheckedMissing, Missing), list(Missing))


class Extra(Enum):
    CYAN = 1
    MAGENTA = 2
    YELLOW = 3


class Fewer(Enum):
    CYAN = 1
    MAGENTA = 2


class Limit5(Enum):
    CYAN = 1
    limit = 5


class Limit6(Enum):
    CYAN = 1
    limit = 6


# one difference per member: CPython lists the members in set order
for checked, simple in ((Extra, Fewer), (Fewer, Extra), (Limit5, Limit6)):
    try:
        _test_simple_enum(checked, simple)
    except TypeError as e:
        print(e)

print(list(_iter_bits_lsb(0)), list(_iter_bits_lsb(7)), list(_iter_bits_lsb(0x90)))
try:
    list(_iter_bits_lsb(-8))
except ValueError as e:
    print(e)
