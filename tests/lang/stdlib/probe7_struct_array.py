import struct, array
rec = struct.Struct('<I10sHd?')
packed = rec.pack(7, b'widget', 3, 2.5, True)
print(packed, rec.size, rec.unpack(packed), rec.format)
print(struct.pack('>hHiIqQ', -2, 2, -3, 3, -4, 4).hex(), struct.calcsize('@bhil'), struct.calcsize('=bhil'), struct.pack('3s', b'abcdef'), struct.pack('p', b'ab'))
print(list(struct.iter_unpack('<hh', bytes(range(8)))), struct.unpack_from('>H', b'\x00\x01\x02', 1), struct.pack('e', 1.5), struct.unpack('<f', struct.pack('<f', 0.1)))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('I', -1), lambda: struct.unpack('I', b'ab'), lambda: struct.pack('x'), lambda: struct.pack('i', 'x'), lambda: struct.Struct('z'), lambda: struct.pack('2i', 1)]:
    try:
        print(bad())
    except struct.error as e:
        print(type(e).__name__, e)
a = array.array('d', [1.0, 2.5, -3.0])
a.append(4); a.extend([5, 6]); a.insert(0, 0.5)
print(a, a.tolist(), a.itemsize, a.typecode, a.count(2.5), a.index(-3.0), a[1:3], a[::-1], sum(a), len(a))
b = array.array('h', b'\x01\x00\x02\x00'); b.byteswap(); print(b, b.tobytes(), array.array('B', range(5)) * 2, array.array('u', 'hi'))
m = memoryview(array.array('i', [1, 2, 3, 4]))
print(m.tolist(), m[1:3].tolist(), m.cast('B')[:4].tolist(), m.nbytes, m.format, sum(m), list(reversed(m)) if False else list(m)[::-1], 2 in m)
for bad in [lambda: array.array('b', [300]), lambda: array.array('x'), lambda: array.array('i', [1.5]), lambda: array.array('i').pop()]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
buf = bytearray(8)
struct.pack_into('<ii', buf, 0, 1, -1); print(buf, struct.unpack('<ii', memoryview(buf)))
arr = array.array('i', [10, 20, 30])
mv = memoryview(arr); mv[0] = 99; print(arr, bytes(mv[1:]), mv.readonly)
with memoryview(b'abc') as v: print(v.tobytes(), v.hex(':'))
print(struct.unpack('<3i', array.array('i', [4, 5, 6])), bytes(array.array('H', [1, 2])))
