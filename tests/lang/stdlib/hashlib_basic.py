import hashlib
names=['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','shake_128','shake_256','blake2b','blake2s']
for n in names:
    f = getattr(hashlib, n); h = f(b'x'); print(n, type(h).__name__, h.name, h.digest_size, h.block_size)
    h.update(b'hello'); h.update(bytearray(b' world'))
    c = h.copy(); c.update(b'!')
    if n.startswith('shake'):
        print(h.hexdigest(10), h.digest(5), c.hexdigest(20), h.digest(0))
    else:
        print(h.hexdigest(), h.digest()[:4], c.hexdigest())
    print(hashlib.new(n, b'abc').hexdigest(16) if n.startswith('shake') else hashlib.new(n, b'abc').hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
h=hashlib.new('SHA256'); print(h.name)
for a in [lambda: hashlib.md5('x'), lambda: hashlib.new('foo'), lambda: hashlib.sha256().update('x'), lambda: hashlib.sha256(1),  lambda: hashlib.shake_128().hexdigest(), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b'x'*65), lambda: hashlib.blake2s(salt=b'x'*9), lambda: hashlib.blake2b(person=b'x'*17), lambda: hashlib.new(5), lambda: hashlib.md5(b'a', usedforsecurity=False).hexdigest(), lambda: hashlib.sha256(data=b'a').hexdigest(), lambda: hashlib.sha256(string=b'a').hexdigest(), lambda: hashlib.new('md5', b'a', usedforsecurity=False).hexdigest(), lambda: hashlib.blake2b(b'a', b'b'), lambda: hashlib.sha3_256(b'x', b'y'),  lambda: hashlib.md5(b'x', b'y'), lambda: hashlib.sha256(bytearray(b'x')).hexdigest(), lambda: hashlib.new('blake2b', b'x', digest_size=4).hexdigest(), lambda: hashlib.blake2b(fanout=256), lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2s(node_offset=2**48), lambda: hashlib.blake2b(inner_size=65), lambda: hashlib.blake2b(leaf_size=-1), lambda: hashlib.blake2b(leaf_size=2**32), lambda: hashlib.blake2b(node_depth=256), lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.new('sha3-256', b'').hexdigest(),
          lambda: hashlib.blake2b(b'data', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=2, leaf_size=5, node_offset=6, node_depth=1, inner_size=20, last_node=True).hexdigest(),
          lambda: hashlib.blake2s(b'data', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=2, leaf_size=5, node_offset=6, node_depth=1, inner_size=20, last_node=True).hexdigest(),
          lambda: hashlib.blake2s(key=b'abc').hexdigest(), lambda: hashlib.blake2b(b'x').digest_size,
          lambda: hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex(), lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, 50).hex()]:
    try: print(a())
    except Exception as e: print(type(e).__name__, e)
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE)
print(hashlib.__all__)
print(repr(hashlib.md5())[:22], repr(hashlib.shake_128())[:28], repr(hashlib.blake2b())[:26])
try:
    class B(hashlib.blake2b): pass
except TypeError: print("not subclassable")
print(hashlib.sha256(b'a' * 100000).hexdigest())
