# float.fromhex is a METH_O method in CPython: its argument-count and type errors say
# "float.fromhex() takes exactly one argument (N given)" and "bad argument type for
# built-in operation" (session 13; safepy said "fromhex expected 1 argument, got 0" and
# "fromhex() argument must be str, not int").
for args in [(), (1,), (b'0x1p1',), (None,), ('0x1p1', 'x')]:
    try:
        print(float.fromhex(*args))
    except TypeError as e:
        print(e)
try:
    float.fromhex(string='0x1')
except TypeError as e:
    print(e)
class S(str): pass
class F(float): pass
print(float.fromhex(S('0x1.8p3')), repr(F.fromhex('-0x1p-2')), type(F.fromhex('0x1')).__name__)
