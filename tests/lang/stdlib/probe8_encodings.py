import base64, binascii, hashlib, hmac, zlib
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
data = b'hello world \x00\xff'
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode, base64.standard_b64encode):
    print(enc.__name__, enc(data))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b32hexencode(b'abc'), base64.a85encode(b'\0\0\0\0 test', adobe=True), base64.a85encode(b'xxxx' * 10, wrapcol=20))
print(base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVs bG8=\n'), base64.urlsafe_b64decode('-_8='), base64.b32decode('MFRGG==='), base64.b16decode('6162'), base64.b16decode('6a6b', casefold=True))
show(base64.b64decode, 'aGVsbG8', validate=True); show(base64.b64decode, 'aGVsbG8'); show(base64.b64decode, 'a!b=', validate=True); show(base64.b32decode, 'abc'); show(base64.b16decode, '6a')
show(base64.b64decode, 'é'); show(base64.b64encode, 'str'); show(base64.b85decode, b'{{{{{'); show(base64.a85decode, b'<~87cURD]i,"Ebo80~>', adobe=True)
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.unhexlify('01ab'), binascii.b2a_hex(b'z'))
show(binascii.unhexlify, 'abc'); show(binascii.unhexlify, 'zz'); show(binascii.a2b_base64, b'abc')
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), zlib.crc32(b'hello world'), zlib.adler32(b'abc'), binascii.crc_hqx(b'abc', 0))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='), bytes.fromhex('de ad be ef'), b'\xde\xad'.hex(' '))
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32], h.name)
h = hashlib.sha256(); h.update(b'a'); h2 = h.copy(); h2.update(b'b'); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.sha256(b'ab').hexdigest()[:16])
print(hashlib.blake2b(b'x', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest(), hashlib.shake_128(b'x').hexdigest(8), hashlib.sha3_512(b'').hexdigest()[:20])
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex()[:32], hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 1, dklen=10).hex())
show(hashlib.new, 'nope'); show(hashlib.sha256, 'str'); show(hashlib.blake2b, digest_size=100); show(lambda: hashlib.md5(b'x', usedforsecurity=False).hexdigest())
mac = hmac.new(b'key', b'msg', hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.digest(b'key', b'msg', 'sha1').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
m2 = hmac.new(b'key', digestmod='md5'); m2.update(b'm'); m3 = m2.copy(); m3.update(b'sg'); print(m2.hexdigest(), m3.hexdigest() == hmac.new(b'key', b'msg', 'md5').hexdigest())
show(hmac.new, b'key', b'msg'); show(hmac.new, 'key', b'm', 'sha1'); show(hmac.compare_digest, 'a', b'a')
