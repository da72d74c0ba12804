# Builtin type namespaces are built on first use (start-up work): every way of reaching a
# type's dict must see the full namespace, whichever path touches it first. Each block
# below is the first use of its type in this script.

# dir() first
d = dir(bytearray)
print('append' in d, 'decode' in d, '__len__' in d, '__class__' in d)

# vars() / mappingproxy first
v = vars(memoryview)
print(type(v).__name__, 'tobytes' in v, 'release' in v)

# __dict__ subscription first
print(set.__dict__['add'])
print(frozenset.__dict__.get('copy'))
print(frozenset.__dict__.get('nosuch', 'absent'))

# iteration of the mappingproxy first
ks = list(complex.__dict__)
print('conjugate' in ks, 'real' in ks, '__doc__' in ks, len(ks) == len(set(ks)))
print(len(complex.__dict__) == len(ks))

# copy of the namespace first
cp = dict(range.__dict__)
print('count' in cp, 'index' in cp, 'start' in cp)

# attribute lookup on the type first, then a miss
print(slice.indices)
try:
    float.nosuch
except AttributeError as e:
    print(type(e).__name__, e)

# a miss on an instance of a fresh type
try:
    reversed([1]).nosuch
except AttributeError as e:
    print(type(e).__name__, e)

# hasattr / getattr with default
print(hasattr(bytes, 'fromhex'), hasattr(bytes, 'nosuch'), getattr(bool, 'nosuch', 7))

# a subclass created before the base's namespace was ever used
class B(bytes):
    def hex(self):
        return 'B.hex ' + super().hex()
    def upper(self):
        return super().upper() + b'!'

print(B(b'ab').hex(), B(b'ab').upper(), B(b'ab').lower())
print(B.__mro__)
print('hex' in B.__dict__, 'lower' in B.__dict__, 'lower' in dir(B))
print(isinstance(B(b''), bytes), issubclass(B, bytes))

# super() into a fresh base
class Z(zip):
    pass
print(list(Z([1, 2], 'ab')), super(Z, Z([], [])).__next__.__name__)

# __hash__ = None for unhashable builtins, and __doc__
print(list.__hash__, dict.__hash__ is None, type(bytearray.__doc__).__name__)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__ added after creation sits in the namespace too
print(list.__dict__['__class_getitem__'], tuple[int], enumerate[str], dict[str, int])
print('__class_getitem__' in dir(frozenset), '__class_getitem__' in set.__dict__)

# builtin types stay immutable
try:
    setattr(bytearray, 'x', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del frozenset.copy
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)

# types of C modules
import array
import collections
print('append' in dir(array.array), 'appendleft' in vars(collections.deque))
print(collections.deque.rotate.__name__, array.array.tobytes.__qualname__)

# the inline caches of a loop see the same as a one-off lookup
for t in (str, bytes, list, tuple):
    print(t.__name__, [hasattr(t, n) for n in ('count', 'index', 'join', 'append')])

# the methods work
print(bytearray(b'xy').upper(), memoryview(b'ab').tobytes(), frozenset({1}).union({2}))
print(sorted(m for m in dir(slice) if not m.startswith('_')))
