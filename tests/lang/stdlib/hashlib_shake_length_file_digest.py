# SHAKE lengths of _sha3's classes (a C unsigned long below 2**29), hashlib.file_digest
# (BytesIO: the whole buffer; files must be binary and readable).
import _sha3, hashlib, io
h = _sha3.shake_128(b'x')
for n in (16, 2**29, 2**64 + 10, -1, 2**64 - 1):
    for f in (h.digest, h.hexdigest):
        try:
            r = f(n)
            print(len(r))
        except Exception as e:
            print(type(e).__name__, e)
o = hashlib.shake_256(b'x')
for n in (0, 5):
    try:
        print(o.hexdigest(n))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc' * 1000)
b.seek(10)
print(hashlib.file_digest(b, 'sha256').hexdigest())
with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest() == hashlib.md5(open(__file__, 'rb').read()).hexdigest())
for bad in (None, open(__file__)):
    try:
        hashlib.file_digest(bad, 'sha1')
    except ValueError as e:
        print('ValueError', str(e).replace(__file__, 'FILE')[:60])
