# Compress objects give zlib 1.2.13's bytes whatever the pieces and flushes: each flush
# mode's output (sync/full: an empty stored block; partial: an empty fixed block; Z_BLOCK:
# only whole bytes), a repeated flush adding nothing, input in 1-byte and uneven pieces,
# copy() at any point, and errors after the stream is finished.
import hashlib
import random
import zlib


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


rng = random.Random(77)
words = [bytes(rng.choice(b'etaoinshrdlu') for _ in range(rng.randint(1, 7))) for _ in range(300)]
text = b' '.join(rng.choice(words) for _ in range(30000))  # about 130 KiB

modes = [('NO', zlib.Z_NO_FLUSH), ('PARTIAL', zlib.Z_PARTIAL_FLUSH), ('SYNC', zlib.Z_SYNC_FLUSH),
         ('FULL', zlib.Z_FULL_FLUSH), ('BLOCK', zlib.Z_BLOCK)]
for name, mode in modes:
    for level in (0, 1, 6):
        c = zlib.compressobj(level)
        out = [c.compress(b'hello hello hello'), c.flush(mode), c.flush(mode),
               c.compress(b''), c.flush(mode), c.compress(b' world'), c.flush(mode), c.flush()]
        print(name, level, [o.hex() for o in out])
        assert zlib.decompress(b''.join(out)) == b'hello hello hello world'

# the same data in pieces of many sizes, flushed now and then
for level in (-1, 0, 1, 3, 4, 9):
    for seed in (1, 2):
        r = random.Random(seed)
        c = zlib.compressobj(level)
        out = []
        pos = 0
        while pos < len(text):
            n = r.choice([1, 2, 17, 1000, 4096, 40000])
            out.append(c.compress(text[pos:pos + n]))
            pos += n
            if r.random() < 0.05:
                out.append(c.flush(r.choice([1, 2, 3, 5])))
        out.append(c.flush())
        blob = b''.join(out)
        print(level, seed, len(out), sum(1 for o in out if o), len(blob), digest(blob),
              zlib.decompress(blob) == text)

# without flushes, pieces give the bytes of one-shot compress
c = zlib.compressobj(6)
pieces = [c.compress(text[i:i + 1]) for i in range(3000)]
pieces.append(c.compress(text[3000:]))
pieces.append(c.flush())
print(b''.join(pieces) == zlib.compress(text), [len(p) for p in pieces if p])

# copy() forks the stream: both continue as the original would
c = zlib.compressobj(5)
head = c.compress(text[:50000])
d = c.copy()
e = c.copy()
t1 = c.compress(text[50000:]) + c.flush()
t2 = d.compress(text[50000:]) + d.flush()
t3 = e.flush(zlib.Z_SYNC_FLUSH) + e.compress(b'other') + e.flush()
print(t1 == t2, digest(head + t1), digest(head + t3), zlib.decompress(head + t3) == text[:50000] + b'other')
c0 = zlib.compressobj(0)
part = c0.compress(b'stored' * 10)
print(part.hex(), c0.copy().flush().hex(), c0.flush().hex())

# a finished stream refuses more
c = zlib.compressobj()
c.compress(b'abc')
print(c.flush().hex())
for call in (lambda: c.compress(b'x'), lambda: c.flush(), lambda: c.flush(zlib.Z_SYNC_FLUSH), c.copy):
    try:
        call()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(c.flush(zlib.Z_NO_FLUSH))
for mode in (6, -1, 7):
    try:
        print(zlib.compressobj().flush(mode))
    except zlib.error as e:
        print('mode', mode, e)
c = zlib.compressobj()
try:
    c.compress('text')
except TypeError as e:
    print('TypeError', e)
print(c.flush(zlib.Z_FINISH).hex())
