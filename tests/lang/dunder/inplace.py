# In-place operator dunders, and fallback to binary ops when absent.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
a = Acc(10)
orig = a
a += 5; print('+=', a.v)
a -= 3; print('-=', a.v)
a *= 4; print('*=', a.v)
a //= 5; print('//=', a.v)
a %= 7; print('%=', a.v)
a **= 3; print('**=', a.v)
a <<= 2; print('<<=', a.v)
a >>= 1; print('>>=', a.v)
a &= 0xFF; print('&=', a.v)
a |= 1; print('|=', a.v)
a ^= 3; print('^=', a.v)
a /= 4; print('/=', a.v)
print(a is orig)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
b = OnlyAdd(1)
old = b
b += 2
print(b.v, b is old)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
c = ReturnsOther()
c += 1
print(c)
