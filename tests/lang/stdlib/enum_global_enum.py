# enum.global_enum gives the members a repr naming the module ('mod.NAME', flags
# 'mod.A|mod.B', unnamed KEEP bits as numbers) and, unless the enum is a ReprEnum (or
# update_str), a str of the bare name; it only exported the members.
import enum
import sys
import types

sys.modules['pkg.mod'] = types.ModuleType('pkg.mod')


class F(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2


class Color(enum.Enum):
    RED = 1


class Num(enum.IntEnum):
    ONE = 1


class Named(enum.IntEnum):
    TWO = 2


for cls in (F, Color, Num):
    cls.__module__ = 'pkg.mod'
    enum.global_enum(cls)
Named.__module__ = 'pkg.mod'
enum.global_enum(Named, update_str=True)
mod = sys.modules['pkg.mod']
print(sorted(k for k in vars(mod) if not k.startswith('__')))
print(repr(F.A), repr(F.A | F.B), repr(F(8)), repr(F(9)), repr(F(0)), str(F.A | F.B), str(F(8)))
print(repr(Color.RED), str(Color.RED), format(Color.RED), repr(Num.ONE), str(Num.ONE),
      repr(Named.TWO), str(Named.TWO), f'{Named.TWO}')
print(enum.global_str(F(0)), enum.global_enum_repr(Color.RED))
