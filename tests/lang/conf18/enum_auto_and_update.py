# enum: auto() after values it cannot increment or sort (3.11's deprecated fallback with
# its DeprecationWarning), several auto() in one tuple value, _EnumDict.update through
# vars() in a class body, and "_value_ not set in __new__" (CPython's test_enum cases).
import warnings
from enum import Enum, auto


def run(title, make):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        try:
            cls = make()
            print(title, [(m.name, m.value) for m in cls])
        except Exception as e:
            print(title, type(e).__name__, e)
    for w in got:
        print('  warning', w.category.__name__, str(w.message).splitlines()[0])


def garbage():
    class Color(Enum):
        red = 'red'
        blue = auto()
    return Color


def corrected():
    class Color(Enum):
        red = 'red'
        blue = 2
        green = auto()
    return Color


def decreasing():
    class Dec(Enum):
        A = 5
        B = 3
        C = auto()
    return Dec


def increasing():
    class Inc(Enum):
        A = 1
        B = 7
        C = auto()
    return Inc


def tuples():
    class Huh(Enum):
        ONE = auto()
        TWO = auto(), auto()
        THREE = auto(), auto(), auto()
        FOUR = auto()
    return Huh


def named():
    class Hah(Enum):
        def __new__(cls, value, abbr=None):
            member = object.__new__(cls)
            member._value_ = value
            member.abbr = abbr or value[:3].lower()
            return member

        def _generate_next_value_(name, start, count, last):
            return name
        MONDAY = auto()
        WEDNESDAY = auto(), 'WED'
        FRIDAY = auto()
    print('abbr', [m.abbr for m in Hah])
    return Hah


defines = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}


def updated():
    class Foo(Enum):
        vars().update({k: v for k, v in defines.items() if k.startswith('FOO_')})
        vars().update([('PAIR', 'p')], KW='k')

        def upper(self):
            return self.value.upper()
    print('upper', Foo.FOO_HORSE.upper())
    return Foo


def updated_twice():
    class FooBar(Enum):
        vars().update({k: v for k, v in defines.items() if k.startswith('FOO_')},
                      **{'FOO_CAT': 'small'})
    return FooBar


def no_value():
    class Combined(str, Enum):
        def __new__(cls, value, sequence):
            enum = str.__new__(cls, value)
            enum.sequence = sequence
            return enum
        A = 'a', 1
    return Combined


def no_value_object():
    class Plain(Enum):
        def __new__(cls, value):
            return object.__new__(cls)
        A = 7
    return Plain


for title, make in [('garbage', garbage), ('corrected', corrected), ('decreasing', decreasing),
                    ('increasing', increasing), ('tuples', tuples), ('named', named),
                    ('updated', updated), ('updated_twice', updated_twice),
                    ('no_value', no_value), ('no_value_object', no_value_object)]:
    run(title, make)


# a mixin class with its own __init__ is the data type: the member's repr stays Enum's
# (with the value's repr inside)
class Fo:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return f'Fo(a={self.a!r})'


class Entries(Fo, Enum):
    ENTRY1 = 1


print(repr(Entries.ENTRY1), Entries._member_type_.__name__, str(Entries.ENTRY1))
