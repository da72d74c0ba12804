# safepy raised "bad operand type for unary +" when __pos__ returned NotImplemented (CPython returns it), and types.MethodType(f, obj) said "cannot create 'method' instances"
import types, copy, contextlib
class P:
    def __pos__(self): return NotImplemented
    def __neg__(self): return "neg"
print(+P(), -P())
try:
    ~P()
except TypeError as e:
    print(e)
print(abs(-3), (-2.5).__neg__(), int.__neg__(4))
def f(self, x):
    return (self, x)
m = types.MethodType(f, 5)
print(m(3), m.__self__, m.__func__ is f, type(m).__name__)
for a in [(print, None), (5, 1), (print,), ()]:
    try:
        types.MethodType(*a)
    except TypeError as e:
        print(e)
try:
    types.MethodType(print, 1, x=2)
except TypeError as e:
    print(e)
class A:
    def __init__(self): self.v = [1]
    def m(self): return self.v
a = A()
m2 = copy.deepcopy(a.m)
print(m2(), m2.__self__ is a, m2() is a.v, type(m2) is types.MethodType)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
with contextlib.ExitStack() as st:
    st.enter_context(CM())
