# bytes whose contents live in the object's own chunk (session 20): lengths up to past the
# inline limit, slices, memoryviews over them, += chains, subclasses sharing nothing,
# dict keys, hashing, with collections in between.
import gc, hashlib, struct, zlib, json
bs = [bytes(range(i % 256)) * (i // 256 + 1) for i in range(0, 3000, 37)] + [b"x" * n for n in range(16280, 16320)]
gc.collect()
print(sum(len(b) for b in bs), bs[3][:5], bs[-1][-3:])
x = b"abc" + b"def"
y = x[1:4]
m = memoryview(b"hello world"[2:9])
del x
gc.collect()
print(y, bytes(m), m[1:3].tobytes(), hashlib.sha256(b"q" * 100).hexdigest()[:16])
acc = b""
for i in range(300):
    acc += bytes([i % 256])
    if i % 50 == 0: gc.collect()
print(len(acc), acc[:5], acc[-5:], hash(b"ab"[0:2]) == hash(b"ab"))
print(struct.pack("<QI", 2**40, 7), zlib.decompress(zlib.compress(b"z" * 500))[:4], "é".encode()[0:1])
class B(bytes): pass
bb = B(b"xyz"[0:2]); bb.a = 1
gc.collect()
print(bb, bb.a, type(bb + b"1").__name__, bytes(bb), b"%s-%d" % (b"k", 5))
d = {bytes([i % 256, i // 256]): i for i in range(300)}
gc.collect()
print(len(d), d[b"\x07\x01"], b"".join(list(d)[:3]))
