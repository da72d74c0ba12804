import hashlib, hmac, base64, binascii, zlib
msg = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'sha3_512']:
    print(name, hashlib.new(name, msg).hexdigest()[:32], hashlib.new(name).digest_size, hashlib.new(name).block_size)
h = hashlib.sha256(); h.update(b'The quick '); h2 = h.copy(); h.update(b'brown'); print(h.hexdigest()[:16], h2.hexdigest()[:16], h.name)
print(hashlib.blake2b(msg, digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest(), hashlib.shake_128(msg).hexdigest(10))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex()[:32], hashlib.md5(usedforsecurity=False).hexdigest())
print(hmac.new(b'key', msg, 'sha256').hexdigest(), hmac.compare_digest('abc', 'abc'), hmac.digest(b'k', b'm', 'md5').hex())
print(base64.b64encode(msg)[:20], base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'abc'), base64.b16encode(b'\x01\xab'), base64.b85encode(b'hello'), base64.a85encode(b'hello'))
print(base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVsbG8'+b'=' , validate=True), base64.standard_b64decode('YQ=='), base64.b32decode('MFRGG==='))
for bad in ['aGVsbG8', 'a$==']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x00\xff', '-'), binascii.unhexlify('deadbeef'), binascii.crc32(msg), zlib.crc32(msg), zlib.adler32(msg), binascii.crc_hqx(msg, 0))
try:
    hashlib.new('nope')
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256('str')
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed)[:6], hashlib.file_digest.__name__ if hasattr(hashlib, 'file_digest') else '')
import io
print(hashlib.file_digest(io.BytesIO(msg), 'sha1').hexdigest())
