class I(int):
    def __repr__(self): return 'I(%r)' % int(self)
    def __pow__(self, other, mod=None):
        if mod is None: return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        if mod is None: return I(pow(int(other), int(self), mod))
        return I(pow(int(other), int(self), int(mod)))
print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(pow(2, I(3), 5)), repr(pow(2, 3, I(5))))
print(repr(I(2) ** 3), repr(2 ** I(3)), repr(pow(I(2), I(3))))
class F(float):
    def __pow__(self, o, m=None): return ('F.pow', o, m)
print(pow(F(2.0), 3), F(2.0) ** 2)
try:
    pow(F(2.0), 3, 5)
except TypeError as e:
    print(e)
class Z:
    def __pow__(self, o, m=None): return ('Z', o, m)
    def __rpow__(self, o, m=None): return ('Zr', o, m)
print(pow(Z(), 2, 3), pow(2, Z()), 2 ** Z())
try:
    print(pow(2, Z(), 3))
except TypeError as e:
    print('TypeError', e)
try:
    print(pow(2, 3, Z()))
except TypeError as e:
    print('TypeError', e)
