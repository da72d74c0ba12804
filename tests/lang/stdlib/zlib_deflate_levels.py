# zlib.compress gives zlib 1.2.13's bytes at every level: lengths and digests of the
# compressed data for empty, tiny, repetitive, text, seeded random and larger inputs
# (past 64 KiB the window slides; past 1 MiB level 0 meets CPython's output blocks).
import hashlib
import random
import zlib


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


rng = random.Random(2024)
numbers = ' '.join(str(rng.randint(0, 10**6)) for _ in range(2000)).encode()
words = [bytes(rng.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randint(1, 9)))
         for _ in range(400)]
prose = b' '.join(rng.choice(words) for _ in range(25000))  # about 140 KiB
runs = b''.join(bytes([rng.randrange(256)]) * rng.randint(1, 700) for _ in range(300))
noise = rng.randbytes(6000)
inputs = [
    ('empty', b''),
    ('one', b'x'),
    ('two', b'ab'),
    ('three', b'abc'),
    ('hello', b'hello, world\n'),
    ('zeros', bytes(1000)),
    ('run258', b'q' * 258),
    ('run259', b'q' * 259),
    ('pangram', b'The quick brown fox jumps over the lazy dog. ' * 40),
    ('all bytes', bytes(range(256)) * 12),
    ('numbers', numbers),
    ('noise', noise),
    ('runs', runs),
    ('prose', prose),
]
for name, data in inputs:
    print(name, len(data))
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(' ', level, len(c), digest(c))

print('short hex')
for level in (0, 1, 6, 9):
    print(level, zlib.compress(b'abcabcabcabcabc', level).hex())
    print(level, zlib.compress(b'', level).hex())
    print(level, zlib.compress(b'a', level, -15).hex(), zlib.compress(b'a', level, 31).hex())

# past 1 MiB: stored blocks are cut where CPython's output blocks end (level 0)
big = rng.randbytes(700000) + bytes(200000) + prose * 3
for level in (0, 1, 6, 9):
    c = zlib.compress(big, level)
    print('big', level, len(c), digest(c))
print(zlib.decompress(zlib.compress(big, 0)) == big)

# keyword arguments and the header of each window size
for wbits in (8, 9, 12, 15):
    print(wbits, zlib.compress(b'window', wbits=wbits).hex())
print(zlib.compress(b'kw', level=1).hex(), zlib.compress(b'kw', wbits=-15, level=9).hex())

for bad in ((b'x', 10), (b'x', -2)):
    try:
        zlib.compress(*bad)
    except zlib.error as e:
        print('error', e)
for wbits in (7, 16, -8, 24, 32):
    try:
        zlib.compress(b'x', 6, wbits)
    except zlib.error as e:
        print('wbits', wbits, e)
for bad in ('text', None, 3):
    try:
        zlib.compress(bad)
    except TypeError as e:
        print('TypeError', e)
