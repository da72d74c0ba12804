# sys structseq classes and types.SimpleNamespace get their methods reserved in the class
# namespace at creation (one slot fix-up): repr, ==, hash, pickling must be unchanged.
import sys, types
n = types.SimpleNamespace(a=1, b=[2])
print(n, n == types.SimpleNamespace(a=1, b=[2]), n != types.SimpleNamespace(a=1), n.__reduce__())
class N(types.SimpleNamespace):
    pass
print(N(x=1), N(x=1) == N(x=1))
v = sys.version_info
print(v[:2] == (3, 11), v.major, v >= (3, 0), type(v).__repr__(v)[:20], len(v), v.n_fields)
print(repr(sys.int_info)[:14], sys.hash_info.modulus > 0, sys.float_info.mant_dig)
print(type(v).__repr__.__name__, type(n).__eq__.__qualname__, type(n).__init__.__name__)
try:
    hash(n)
except TypeError as e:
    print(type(e).__name__, e)
print(str(sys.flags)[:25], sys.float_info == sys.float_info, tuple(sys.version_info)[:2])
print(type(sys.version_info).__mro__[1:], isinstance(sys.int_info, tuple))
class NS2(types.SimpleNamespace):
    def __repr__(self):
        return 'NS2!'
print(NS2(a=1), repr(types.SimpleNamespace(z=0)))
