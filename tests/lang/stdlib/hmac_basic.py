import hmac, hashlib
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for dm in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224, hashlib.blake2s]:
    for key in [b'', b'key', b'k' * 64, b'k' * 65, b'x' * 200, bytearray(b'bk')]:
        h = hmac.new(key, b'The quick brown fox', dm)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
        h.update(b' jumps'); c = h.copy(); c.update(b'!'); print(h.hexdigest(), c.digest()[:6])
        print(hmac.digest(key, b'msg', dm) == hmac.new(key, b'msg', dm).digest())
t(hmac.new, 'key', b'x', 'md5'); t(hmac.new, b'key'); t(hmac.new, b'k', 'x', 'md5')
t(hmac.digest, b'k', b'm', 'sha1'); t(hmac.compare_digest, b'a', 'a'); t(hmac.compare_digest, 'a', b'a'); t(hmac.compare_digest, 'é', 'é'); t(hmac.compare_digest, 1, 2)
t(hmac.compare_digest, b'abc', b'abc'); t(hmac.compare_digest, b'abc', b'abd'); t(hmac.compare_digest, b'abc', b'ab'); t(hmac.compare_digest, 'abc', 'abc'); t(hmac.compare_digest, bytearray(b'x'), b'x'); t(hmac.compare_digest, b'', b'')
print(hmac.digest_size, hmac.trans_5C[:3], hmac.trans_36[-3:])
h = hmac.HMAC(b'k', digestmod=hashlib.sha1); h.update(b'x'); c = h.copy(); c.update(b'y'); print(h.hexdigest(), c.hexdigest(), h.name, type(c).__name__)
t(hmac.new, b'k', digestmod=lambda: 5)
t(hashlib.pbkdf2_hmac, 'sha256', b'password', b'salt', 2); t(hashlib.pbkdf2_hmac, 'sha512', b'pw', b'NaCl', 5, 80)
