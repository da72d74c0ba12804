# hashlib.shake_*: the length argument's errors as CPython 3.11 (OpenSSL's _hashlib)
# gives them: a negative length is MemoryError for hexdigest, SystemError for digest
import hashlib

for f in (hashlib.shake_128, hashlib.shake_256):
    h = f(b'abc')
    print(h.name, h.hexdigest(0), h.digest(0), h.hexdigest(5), h.digest(3))
    for meth in ('hexdigest', 'digest'):
        for n in (-1, -2**40, 2**63, 2**100, 'x', 2.0, None):
            try:
                getattr(h, meth)(n)
                print(meth, n, 'ok')
            except Exception as e:
                print(meth, n, type(e).__name__, repr(e))
    print(h.hexdigest(length=4), h.digest(length=2))
    try:
        h.hexdigest()
    except TypeError as e:
        print(e)
