from enum import Enum, IntEnum, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return 1
    @property
    def lower(self): return 2
print(dir(Color.RED))
print(dir(Color))
class N(IntEnum):
    A = 1
print(dir(N.A)[:5], len(dir(N.A)) > 20)
print(dir(N))
