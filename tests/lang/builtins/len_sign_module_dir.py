import sys, types
class HugeNeg:
    def __len__(self): return -sys.maxsize - 10
class Neg:
    def __len__(self): return -1
class HugePos:
    def __len__(self): return sys.maxsize + 10
class Idx:
    def __index__(self): return 3
class IdxNeg:
    def __index__(self): return -3
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for o in [HugeNeg(), Neg(), HugePos(), L(Idx()), L(IdxNeg()), L(2.5), L('x'), L(True), L(None)]:
    try:
        print(len(o))
    except Exception as e:
        print(type(e).__name__, e)
class Foo(types.ModuleType):
    __dict__ = 8
try:
    dir(Foo("foo"))
except TypeError as e:
    print('TypeError', e)
class Bar(types.ModuleType):
    @property
    def __dict__(self):
        return {'b': 1, 'a': 2}
print(dir(Bar("bar")))
m = types.ModuleType('m')
m.x = 1
print(dir(m))
m.__dir__ = lambda: ['z', 'y']
print(dir(m))
