class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30, 40][i], 'abcdef'[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(10)[Idx(2):Idx(8):Idx(2)]), int.__index__(7))
print([1,2]*Idx(2), 'ab'*Idx(3), operator_index := __import__('operator').index(Idx(9)))
class BadIdx:
    def __index__(self): return 'x'
try:
    [1][BadIdx()]
except TypeError as e:
    print(e)
try:
    [1]['a']
except TypeError as e:
    print(e)
try:
    'abc'[1.5]
except TypeError as e:
    print(e)
try:
    (1,2)[None]
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
class IntSub(int):
    def __index__(self): return 99
print([0]*3 == [0]*IntSub(3), bin(IntSub(3)))
class Tr:
    def __trunc__(self): return 7
try:
    print(int(Tr()))
except TypeError as e:
    print(e)
class IntM:
    def __int__(self): return 5
print(int(IntM()))
try:
    [1,2][IntM()]
except TypeError as e:
    print(e)
class F:
    def __float__(self): return 2.5
print(float(F()))
import math
print(math.floor(F()) if hasattr(F, '__floor__') else 'nofloor')
class Cx:
    def __complex__(self): return 1+2j
print(complex(Cx()))
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(e)
class BadI:
    def __int__(self): return 1.0
try:
    int(BadI())
except TypeError as e:
    print(e)
print(int(True), float(IntSub(4)), complex(Idx(3)) if False else 'skip')
try:
    complex(Idx(3))
except TypeError as e:
    print(e)
print(math.sqrt(Idx(16)) if False else '')
class IF(Idx):
    pass
print(float(Idx(3)) if False else '')
try:
    float(Idx(3))
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2), round(15, -1), round(25, -1))
