# compressobj's strategy, memLevel, wbits and zdict give zlib 1.2.13's bytes: every
# strategy (filtered, Huffman only, RLE, fixed codes) at several levels, memLevel 1..9
# (the symbol buffer decides where blocks end), raw / zlib / gzip containers with each
# window size, preset dictionaries (empty, short, longer than the window), and
# gzip.compress with mtime=0.
import gzip
import hashlib
import random
import zlib


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


def squeeze(data, level=6, wbits=15, mem=8, strategy=0, **kw):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy, **kw)
    return c.compress(data) + c.flush()


rng = random.Random(31)
words = [bytes(rng.choice(b'abcdefghijklmnopqrst') for _ in range(rng.randint(1, 8))) for _ in range(500)]
text = b' '.join(rng.choice(words) for _ in range(16000))  # about 80 KiB
runs = b''.join(bytes([rng.randrange(4)]) * rng.randint(1, 300) for _ in range(400))
noise = rng.randbytes(3000)
samples = [('text', text), ('runs', runs), ('noise', noise), ('tiny', b'aaaaab'), ('empty', b'')]

strategies = [('DEFAULT', zlib.Z_DEFAULT_STRATEGY), ('FILTERED', zlib.Z_FILTERED),
              ('HUFFMAN_ONLY', zlib.Z_HUFFMAN_ONLY), ('RLE', zlib.Z_RLE), ('FIXED', zlib.Z_FIXED)]
for sname, strategy in strategies:
    for name, data in samples:
        row = []
        for level in (0, 1, 4, 6, 9):
            c = squeeze(data, level, strategy=strategy)
            assert zlib.decompress(c) == data
            row.append('%d:%s' % (len(c), digest(c)[:8]))
        print(sname, name, ' '.join(row))

for mem in range(1, 10):
    row = []
    for level in (0, 1, 6):
        c = squeeze(text, level, mem=mem)
        assert zlib.decompress(c) == text
        row.append('%d:%s' % (len(c), digest(c)[:8]))
    print('memLevel', mem, ' '.join(row))

for wbits in (8, 9, 10, 11, 12, 13, 14, 15, -9, -10, -13, -15, 25, 27, 31):
    c = squeeze(text, 6, wbits)
    back = zlib.decompress(c, 9 if wbits == 8 else wbits)
    print('wbits', wbits, len(c), digest(c), c[:2].hex(), back == text)
print(squeeze(b'small', 6, 31).hex())
print(squeeze(b'small', 9, 31).hex(), squeeze(b'small', 1, 31).hex(), squeeze(b'small', 6, 31, 8, 2).hex())

dicts = [b'', b'abcdefghij', words[0] + b' ' + b' '.join(words[:200]), text[:40000]]
for zd in dicts:
    for wbits in (15, -15, 10):
        c = squeeze(text[:20000], 6, wbits, zdict=zd)
        d = zlib.decompressobj(wbits, zdict=zd)
        print('zdict', len(zd), wbits, len(c), digest(c), c[:6].hex(), d.decompress(c) == text[:20000])
c = zlib.compressobj(zdict=b'hello')
print((c.compress(b'hello hello') + c.flush()).hex())
for bad in (dict(wbits=31, zdict=b'x'), dict(memLevel=0), dict(memLevel=10), dict(strategy=5),
            dict(strategy=-1), dict(method=9), dict(wbits=24), dict(level=11)):
    try:
        zlib.compressobj(**bad)
    except ValueError as e:
        print('ValueError', sorted(bad), e)
try:
    zlib.compressobj(zdict='text')
except TypeError as e:
    print('TypeError', e)

for level in range(10):
    g = gzip.compress(text, level, mtime=0)
    print('gzip', level, len(g), digest(g), g[:10].hex(), gzip.decompress(g) == text)
print(gzip.compress(b'', mtime=0).hex())
print(gzip.compress(b'gzip', 6, mtime=0).hex())
