# blake2b/s kept views of bytearray key/salt/person across __index__/__bool__ calls that may resize them (stale pointer); also wrong messages for str key and non-int leaf_size/node_offset, C int range
import hashlib

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Mut:
    # __index__ that rewrites the bytearray in place (same length), as CPython sees it
    def __init__(self, ba, v): self.ba, self.v = ba, v
    def __index__(self):
        for i in range(len(self.ba)):
            self.ba[i] = 0x5a
        return self.v

key = bytearray(b'k' * 64)
t('key-inplace', lambda: hashlib.blake2b(b'abc', key=key, fanout=Mut(key, 1)).hexdigest())
salt = bytearray(b's' * 8)
t('salt-inplace', lambda: hashlib.blake2s(b'abc', salt=salt, depth=Mut(salt, 1)).hexdigest())
person = bytearray(b'p' * 16)
t('person-inplace', lambda: hashlib.blake2b(b'abc', person=person, inner_size=Mut(person, 0)).hexdigest())
t('key-str', lambda: hashlib.blake2b(key='k'))
t('salt-str', lambda: hashlib.blake2s(salt='s'))
t('leaf-float', lambda: hashlib.blake2b(leaf_size=1.5))
t('offset-str', lambda: hashlib.blake2b(node_offset='a'))
for v in [2**31, -2**31 - 1, 2**70, -2**31]:
    t('digest_size %d' % v, lambda: hashlib.blake2b(digest_size=v))
    t('fanout %d' % v, lambda: hashlib.blake2s(fanout=v))

class Resize:
    # __index__ that resizes the bytearray: CPython refuses (BufferError, the buffer is
    # exported); safepy must not read the old storage: the hash uses the new contents.
    def __init__(self, ba, new): self.ba, self.new = ba, new
    def __index__(self):
        self.ba[:] = self.new
        return 1

for new in (b'Z' * 10, b'Y' * 100000, b''):
    key = bytearray(b'k' * 64)
    try:
        got = hashlib.blake2b(b'abc', key=key, fanout=Resize(key, new)).hexdigest()
        print('resize', len(new), got == hashlib.blake2b(b'abc', key=new).hexdigest())
    except (BufferError, ValueError) as e:
        print('resize', len(new), True)
