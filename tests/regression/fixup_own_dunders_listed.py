# Start-up (session 21): a class's slot fix-up compares the few dunders its own dict holds
# instead of probing the dict once per slot name. Keys that equal a dunder without being
# the interned name (built at run time), str-subclass keys, more own dunders than the
# short list holds, and struct sequences (sys.flags' __new__ put back last) must give the
# same slots as before.
import sys

k = ''.join(['__', 'repr', '__'])
T = type('T', (), {k: lambda self: 'T!', ''.join(['__', 'len', '__']): lambda self: 3})
print(repr(T()), len(T()))

class S(str):
    pass

U = type('U', (), {S('__repr__'): lambda self: 'U!'})
print(repr(U()))

class Many:
    def __repr__(self): return 'M'
    def __len__(self): return 1
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def __iter__(self): return iter([1])
    def __getitem__(self, i): return i
    def __add__(self, o): return 'add'
    def __radd__(self, o): return 'radd'
    def __call__(self): return 'call'
    def __bool__(self): return False

m = Many()
print(repr(m), len(m), m == 0, hash(m), list(m), m[5], m + 1, 1 + m, m(), bool(m))

class Sub(tuple):
    def __repr__(self): return 'sub'

print(repr(Sub()), len(Sub((1, 2))))
D = type('D', (Sub,), {''.join(['__', 'len', '__']): lambda self: 7})
print(repr(D()), len(D()))

for name in ('flags', 'version_info'):
    t = type(getattr(sys, name))
    try:
        t()
    except TypeError as e:
        print(e)
print(sys.version_info[:2], sys.float_info.radix, sys.int_info.bits_per_digit)
print(type(sys.float_info)(range(11)).max, repr(sys.version_info)[:16])
