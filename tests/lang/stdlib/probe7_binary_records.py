import struct, array, zlib, io, hashlib
records = [(1, b'alpha', 3.5), (2, b'beta', -1.25), (3, b'gamma', 100.0)]
fmt = struct.Struct('<H8sd')
blob = bytearray()
for r in records:
    blob += fmt.pack(*r)
mv = memoryview(blob)
print(len(mv), mv.nbytes, [fmt.unpack(mv[i:i + fmt.size]) for i in range(0, len(mv), fmt.size)])
for i, rec in enumerate(fmt.iter_unpack(mv)):
    print(i, rec[0], rec[1].rstrip(b'\0').decode(), rec[2])
fmt.pack_into(blob, fmt.size, 9, b'BETA', 0.5)
print(fmt.unpack_from(blob, fmt.size), bytes(mv[fmt.size:fmt.size + 2]))
ints = array.array('I', range(0, 50, 5))
v = memoryview(ints)
print(v.format, v.itemsize, v.shape, v[2], v[-1], v[1:4].tolist(), v.cast('B')[:8].tolist(), bytes(v[:2]))
v[0] = 42
print(ints[0], hashlib.md5(v).hexdigest(), zlib.crc32(v), len(bytes(v)))
halves = memoryview(bytearray(8)).cast('H')
for i in range(4): halves[i] = i * 1000
print(halves.tolist(), halves.obj, bytes(halves.cast('B')))
f = io.BytesIO()
f.write(memoryview(ints)); f.write(memoryview(b'tail'))
print(f.getvalue()[:8], len(f.getvalue()))
dbl = memoryview(array.array('d', [0.1, 0.2]))
print(dbl.tolist(), dbl[1], sum(dbl), list(dbl), 0.2 in dbl, dbl.cast('B').cast('d').tolist())
q = memoryview(array.array('q', [-1, 2**62]))
print(q.tolist(), q.cast('B')[0], q.cast('B').cast('Q').tolist())
try:
    memoryview(array.array('i', [1]))[0] = 2**31
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview(b'abc')[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
img = bytearray(range(16))
rows = memoryview(img)
print([rows[r * 4:(r + 1) * 4].tolist() for r in range(4)], rows[::4].tolist(), rows[3::4].tobytes())
