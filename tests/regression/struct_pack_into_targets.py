# struct.pack_into wrote only into bytearrays (and memoryviews of them): array.array and memoryviews of arrays raised "argument must be read-write bytes-like object"; pad bytes and short 's' strings kept the target's old bytes instead of zeros; and a second initialisation of _struct (import_fresh_module) made struct.error a class the old module's functions no longer raised
import array, struct, sys

b = bytearray(b'\xff' * 8)
struct.pack_into('xbxxh', b, 1, 1, 2)
print(b)
b = bytearray(b'\xff' * 8)
struct.pack_into('3s', b, 0, b'a')
print(b)

a = array.array('b', [0] * 8)
struct.pack_into('<hh', a, 2, 258, -1)
print(a)
struct.Struct('2s').pack_into(a, -2, b'zz')
print(a)
m = memoryview(a)[2:6]
struct.pack_into('4B', m, 0, 1, 2, 3, 4)
print(a)
ai = array.array('i', [0, 0])
struct.pack_into('<i', ai, 4, 7)
print(ai)
for target, off in ((a, 7), (a, -9), (bytearray(1), 5), (memoryview(bytearray(4))[1:3], 1)):
    try:
        struct.pack_into('<h', target, off, 1)
    except struct.error as e:
        print('error', e)
for target in (b'abcd', memoryview(b'abcd'), array.array('b', [1, 2, 3, 4])[::2], memoryview(bytearray(4))[::2], 'abcd'):
    try:
        struct.pack_into('b', target, 0, 1)
        print(target)
    except TypeError as e:
        print('TypeError', e)
try:
    struct.pack_into('bb', a, 0, 1, 1000)
except struct.error as e:
    print('error', e, a)

del sys.modules['_struct']
import _struct
try:
    struct.calcsize('Z')
except struct.error as e:
    print('struct.error', e)
try:
    _struct.calcsize('Z')
except _struct.error as e:
    print('_struct.error', e)
