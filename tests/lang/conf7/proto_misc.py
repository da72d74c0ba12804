import os
class A:
    def __eq__(self, o): print('A.eq'); return NotImplemented
class B:
    def __eq__(self, o): print('B.eq'); return NotImplemented
print(A() == B(), A() != B())
a = A(); print(a == a, a != a)
class LtOnly:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(LtOnly(1) > LtOnly(0) if False else LtOnly(1) < LtOnly(2), sorted([LtOnly(3), LtOnly(1)], key=lambda x: x)[0].v)
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(e)
print(LtOnly(2) > LtOnly(1))
class Base:
    def __eq__(self, o): return 'base'
    def __lt__(self, o): return 'base lt'
class Sub(Base):
    def __eq__(self, o): return 'sub'
    def __gt__(self, o): return 'sub gt'
print(Base() == Sub(), Sub() == Base(), Base() < Sub())
class H:
    def __eq__(self, o): return True
print(H.__hash__, end=' ')
try:
    hash(H())
except TypeError as e:
    print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class BoolBad:
    def __bool__(self): return 1
try:
    bool(BoolBad())
except TypeError as e:
    print(e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
class LenNeg:
    def __len__(self): return -1
try:
    len(LenNeg())
except ValueError as e:
    print(e)
try:
    bool(LenNeg())
except ValueError as e:
    print(e)
class LenBig:
    def __len__(self): return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print(e)
class LenStr:
    def __len__(self): return '3'
try:
    len(LenStr())
except TypeError as e:
    print(e)
class LenIdx:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(LenIdx()))
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly(), list(GetItemOnly()), list(reversed([1])) )
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    1 in NoIter()
except TypeError as e:
    print(e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(SeqRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
class By:
    def __bytes__(self): return b'custom'
print(bytes(By()))
class ByBad:
    def __bytes__(self): return 'str'
try:
    bytes(ByBad())
except TypeError as e:
    print(e)
class P:
    def __fspath__(self): return '/tmp/x'
print(os.fspath(P()), os.path.join(P(), 'y'), os.fspath(b'b'))
class PBad:
    def __fspath__(self): return 1
try:
    os.fspath(PBad())
except TypeError as e:
    print(e)
try:
    os.fspath(1)
except TypeError as e:
    print(e)
class Mat:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Mat(self.v * o.v)
    def __rmatmul__(self, o): return Mat(o * self.v + 1000)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f'Mat({self.v})'
m = Mat(2)
print(m @ Mat(3), 5 @ m)
m @= Mat(10); print(m)
try:
    Mat(1) @ 5
except AttributeError as e:
    print(e)
try:
    m2 = 3; m2 @= 4
except TypeError as e:
    print(e)
class RAdd(int):
    def __radd__(self, o): return 'radd wins'
print(1 + RAdd(2), RAdd(2) + 1)
class Num:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'radd'
try:
    Num() + Num()
except TypeError as e:
    print(e)
print(1 + Num())
try:
    Num() - 1
except TypeError as e:
    print(e)
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
x = IAdd(); x += 1; print(x)
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
try:
    -object()
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class GetItemSlice:
    def __getitem__(self, k): return k
g = GetItemSlice()
print(g[1:2], g[1:2:3], g[::], g[1, 2:3], g[...], g[:, None])
class SetDel:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = SetDel(); s[1:3] = [1]; del s[::2]; s['a'] = 1
try:
    s[1]
except TypeError as e:
    print(e)
try:
    del object()[0]
except TypeError as e:
    print(e)
try:
    object()[0] = 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
