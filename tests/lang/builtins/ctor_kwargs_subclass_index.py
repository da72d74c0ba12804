import warnings
warnings.simplefilter('always')
for base, arg in [(float, 2.5), (tuple, [1, 2]), (frozenset, [1]), (complex, 1), (bytes, b'x'), (str, 'x'),
                  (int, 3), (list, [1]), (set, [1]), (dict, {}), (bytearray, b'x'), (object, None)]:
    class WithInit(base):
        def __init__(self, *a, **k):
            self.k = k
    class Plain(base):
        pass
    class WithNew(base):
        def __new__(cls, *a, newarg=None):
            self = super().__new__(cls, *a)
            self.newarg = newarg
            return self
    args = () if arg is None else (arg,)
    for cls in (WithInit, Plain, WithNew):
        try:
            u = cls(*args, newarg=3)
            print(base.__name__, cls.__name__, 'ok', getattr(u, 'k', None), getattr(u, 'newarg', None))
        except TypeError as e:
            print(base.__name__, cls.__name__, 'TypeError', e)
class FooStr(str):
    def __float__(self): return float(str(self)) + 1
    def __int__(self): return 42
    def __complex__(self): return 1j
print(float(FooStr('8')), int(FooStr('8')), complex(FooStr('8')))
class FooBytes(bytes):
    def __float__(self): return 5.0
print(float(FooBytes(b'8')))
class MyInt(int): pass
class R:
    def __int__(self): return MyInt(7)
    def __index__(self): return MyInt(8)
    def __float__(self): return 1.5
class RF:
    def __float__(self):
        class MyF(float): pass
        return MyF(2.5)
r = int(R()); print(r, type(r).__name__)
import operator
i = operator.index(R()); print(i, type(i).__name__)
f = float(RF()); print(f, type(f).__name__)
import operator
class MyInt(int): pass
for v in [True, MyInt(5), 7, 1 << 70]:
    r = operator.index(v); print(r, type(r).__name__)
print(type(range(10)[MyInt(2)]).__name__, [1, 2, 3][True], hex(MyInt(255)), bin(True))
