# Without _hashlib (blocked, as CPython without OpenSSL), hashlib takes its constructors
# from _md5, _sha1, _sha256, _sha512, _sha3 and _blake2: their classes and names, new()
# with the upper-case SHA/MD5 names, their argument checks.
import sys
sys.modules['_hashlib'] = None
import hashlib
print(hashlib.md5, hashlib.sha3_224.__name__, hashlib.blake2b, type(hashlib.new('SHA256')))
for n in ['md5', 'MD5', 'sha3-224', 'SHA3_224', 'blake2b', 'ripemd160', 'sha512_224', 'Sha1',
          'shake_128', 'SHA384', 'sha3_512']:
    try:
        h = hashlib.new(n, b'abc')
        print(n, type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size,
              h.hexdigest() if 'shake' not in n else h.hexdigest(8))
    except Exception as e:
        print(n, type(e).__name__, e)
print(sorted(hashlib.algorithms_available))
print(hashlib.sha256(b'x').hexdigest() == __import__('_sha256').sha256(b'x').hexdigest())
import _md5, _sha512
print(sorted(n for n in dir(_md5) if not n.startswith('_')), sorted(n for n in dir(_sha512) if not n.startswith('_')))
h = _md5.md5(b'ab')
c = h.copy()
c.update(b'c')
print(type(c).__name__, h.hexdigest(), c.hexdigest())
for bad in [(b'', b''), ('text',)]:
    try:
        _md5.md5(*bad)
    except TypeError as e:
        print(e)
