# C3 method resolution order, its errors, and super() in its zero/one/two-argument forms.
class O1: pass
class O2: pass
try:
    class Bad(O1, O2, O1): pass
except TypeError as e:
    print(e)
class P1: pass
class P2(P1): pass
try:
    class Bad2(P1, P2): pass
except TypeError as e:
    print(e)
class D1: pass
class D2: pass
class D3(D1, D2): pass
class D4(D2, D1): pass
try:
    class D5(D3, D4): pass
except TypeError as e:
    print(e)
class Diamond(P2, O1): pass
print([c.__name__ for c in Diamond.__mro__], [c.__name__ for c in Diamond.mro()])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
class K1:
    def who(self): return "K1"
    @classmethod
    def cwho(cls): return "K1c:" + cls.__name__
class K2(K1):
    def who(self): return "K2>" + super().who()
    @classmethod
    def cwho(cls): return "K2c>" + super().cwho()
class K3(K1):
    def who(self): return "K3>" + super().who()
class K4(K2, K3):
    def who(self): return "K4>" + super().who()
print(K4().who(), super(K2, K4()).who(), super(K4, K4).who(K4()))
print(K4.cwho(), K2.cwho())
print(repr(super(K2, K4()))[:30], super(K2, K4()).__thisclass__.__name__)
print(super(K2, K2).__self_class__.__name__)
class Init:
    def __init__(self):
        self.log = ['Init']
class Init2(Init):
    def __init__(self):
        super().__init__()
        self.log.append('Init2')
print(Init2().log)
for args in [(1,), (int, 'a')]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    super(int, 1).nothing
except AttributeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
class Sa:
    def __setattr__(self, k, v):
        super().__setattr__(k, v.upper())
s = Sa(); s.v = 'abc'
print(s.v)
