# zlib against hostile streams: one huge Huffman block fed in small pieces (must stay
# linear), a "bomb" under max_length (output and memory bounded, the input not read comes
# back as unconsumed_tail), flush() finishing a held-back tail, and malformed blocks.
import zlib


class Bits:
    def __init__(self):
        self.acc = 0
        self.n = 0

    def put(self, v, n):  # LSB first
        self.acc |= v << self.n
        self.n += n

    def code(self, c, n):  # Huffman code, MSB first
        self.put(int(format(c, "0%db" % n)[::-1], 2), n)

    def data(self):
        return self.acc.to_bytes((self.n + 7) // 8, "little")


def bomb(reps):
    # raw DEFLATE: one final fixed block, literal 'a', then copies of 258 at distance 1;
    # 8 copies are 104 bits = 13 bytes, so the stream repeats with a period of 13 bytes
    b = Bits()
    b.put(1, 1)
    b.put(1, 2)
    b.code(0x30 + ord("a"), 8)
    for _ in range(16):
        b.code(0xC5, 8)  # length symbol 285: 258
        b.code(0, 5)  # distance 1
    head = b.data()[:14]
    return head + head[1:14] * reps


def end_block(n):
    b = Bits()
    b.put(1, 1)
    b.put(1, 2)
    b.code(0x30 + ord("a"), 8)
    for _ in range(n):
        b.code(0xC5, 8)
        b.code(0, 5)
    b.code(0, 7)  # end of block
    return b.data()


# a single block of 6 MB output, fed 100 bytes at a time
s = end_block(24000)
d = zlib.decompressobj(-15)
total = 0
for i in range(0, len(s), 100):
    total += len(d.decompress(s[i:i + 100]))
print(total, d.eof, d.unused_data)

# our own compressor's output for large data, read back in small pieces
data = bytes(range(256)) * 8192
c = zlib.compress(data)
d = zlib.decompressobj()
out = [d.decompress(c[i:i + 64]) for i in range(0, len(c), 64)]
print(b"".join(out) == data, d.eof)

# a bomb of about 1 GB under max_length: only what was asked for is produced
bm = bomb(80000)
d = zlib.decompressobj(-15)
out = d.decompress(bm, 100000)
print(len(out), out[:3], len(d.unconsumed_tail) > 1000, d.eof)
out = d.decompress(d.unconsumed_tail, 5)
print(out, d.eof)
out = d.decompress(b"", 7)
print(out, len(d.unconsumed_tail), d.eof)

# flush() decodes the unconsumed tail
small = end_block(3)
d = zlib.decompressobj(-15)
first = d.decompress(small, 10)
print(first, len(d.unconsumed_tail) > 0)
rest = d.flush()
print(len(first + rest), d.eof, d.unconsumed_tail)

# max_length: a stored block and the whole stream with its trailer
for payload in (b"", b"x", b"hello world" * 50):
    for level in (0, 6):
        c = zlib.compress(payload, level)
        d = zlib.decompressobj()
        got = d.decompress(c, 7)
        while d.unconsumed_tail:
            got += d.decompress(d.unconsumed_tail, 7)
        got += d.decompress(b"", 7) if not d.eof else b""
        print(len(payload), level, got == payload, d.eof)

# malformed streams
cases = [
    bytes([0b111]),  # block type 3
    bytes([0b011, 0x00, 0x00]),  # fixed block, nothing valid follows, truncated
    bytes([1, 5, 0, 0xFA, 0xFF]),  # stored block lengths do not match
    bytes([0b101, 0xFF, 0xFF]),  # dynamic block, too many symbols
    bytes([0b011, 0x1E, 0xFF]),  # fixed block, length code 286..287
]
for c in cases:
    for f in (zlib.decompress,):
        try:
            print(f(c, -15))
        except zlib.error as e:
            print("error", e)
# a distance further back than the output so far
b = Bits()
b.put(1, 1)
b.put(1, 2)
b.code(0x30 + 65, 8)
b.code(0xC5, 8)
b.code(1, 5)  # distance 2: only 1 byte out so far
b.code(0, 7)
try:
    zlib.decompress(b.data(), -15)
except zlib.error as e:
    print("error", e)
# distance codes 30 and 31
b = Bits()
b.put(1, 1)
b.put(1, 2)
b.code(0x30 + 65, 8)
b.code(0xC5, 8)
b.code(30, 5)
try:
    zlib.decompress(b.data(), -15)
except zlib.error as e:
    print("error", e)

# the window: a match 600 bytes back is taken even with wbits -8 (zlib checks a distance
# against the output it has); a zlib header announcing a larger window than wbits allows
# is refused
b = Bits()
b.put(1, 1)
b.put(1, 2)
for i in range(600):
    b.code(0x30 + 65 + i % 26, 8)
b.code(1, 7)  # length symbol 257: 3
b.code(18, 5)  # distance 513 + 8 extra bits
b.put(600 - 513, 8)
b.code(0, 7)
far = b.data()
for w in (-8, -9, -10, -15):
    try:
        print(w, zlib.decompress(far, w)[-5:])
    except zlib.error as e:
        print(w, "error", e)
    d = zlib.decompressobj(w)
    try:
        print(w, d.decompress(far)[-5:])
    except zlib.error as e:
        print(w, "error", e)
data = bytes((i * 7919) % 251 for i in range(3000)) * 3
for w in (8, 9, 12, 15, 0, 16, 32, 40, 47):
    try:
        print(w, zlib.decompress(zlib.compress(data), w) == data)
    except zlib.error as e:
        print(w, "error", e)
# our compressor keeps its matches within the window it announces
for w in (9, 10, -9, 25):
    c = zlib.compress(data, 9, w)
    print(w, zlib.decompress(c, w) == data)
    co = zlib.compressobj(9, zlib.DEFLATED, w)
    c = co.compress(data) + co.flush()
    print(w, zlib.decompress(c, w) == data)

# a dynamic block whose distance code is incomplete (one code, not of length 1)
try:
    zlib.decompress(bytes.fromhex("ed86c94e02401044c50505115c51dc4051107141415c4110774540c405653968e281c4c48bbf6f5777ff81170f7d9b4b252faf6a32d315cc36660e5e"), -15)
except zlib.error as e:
    print("error", e)

# gzip: the header CRC (FHCRC) is checked; a wrong CRC-32 is reported as soon as it is
# there, before the length that follows it
body = zlib.compress(b"payload " * 20, 6, -15)
hdr = bytes([0x1F, 0x8B, 8, 2, 0, 0, 0, 0, 0, 3])
crc = zlib.crc32(hdr) & 0xFFFF
trailer = zlib.crc32(b"payload " * 20).to_bytes(4, "little") + (160).to_bytes(4, "little")
for h2 in (crc, crc ^ 1):
    try:
        print(zlib.decompress(hdr + h2.to_bytes(2, "little") + body + trailer, 31)[:8])
    except zlib.error as e:
        print("error", e)
bad = hdr[:3] + b"\0" + hdr[4:] + body + bytes([trailer[0] ^ 1]) + trailer[1:6]
for f in (lambda b: zlib.decompress(b, 31), lambda b: zlib.decompressobj(31).decompress(b)):
    try:
        print(f(bad))
    except zlib.error as e:
        print("error", e)

# unconsumed_tail and unused_data at the end of a stream read with max_length (CPython
# 3.11 keeps the bytes after the stream as the tail too, and flush() adds them again)
c = zlib.compress(b"abcdefghij" * 100, 0, -15) + b"X" * 33
d = zlib.decompressobj(-15)
out = d.decompress(c, 900)
print(len(out), d.eof, len(d.unused_data), len(d.unconsumed_tail))
out = d.decompress(d.unconsumed_tail, 900)
print(len(out), d.eof, len(d.unused_data), len(d.unconsumed_tail))
out = d.flush()
print(len(out), d.eof, len(d.unused_data), len(d.unconsumed_tail))

# a dynamic block whose code-length code is empty: zlib reads every length as 0 (one
# bit each), so a short stream is truncated and a long one has no end-of-block code
empty = b'\xdc\x02' + b'\x00' * 8 + b'KLJN\x1c||' + b'\x00' * 9
for s in (empty, empty + b'\x00' * 40):
    try:
        print(zlib.decompress(s, -15))
    except zlib.error as e:
        print("error", e)
    d = zlib.decompressobj(-15)
    try:
        print(d.decompress(s), d.flush(), d.eof)
    except zlib.error as e:
        print("error", e)

# a zlib header asking for a preset dictionary (zlib's Z_NEED_DICT has no message)
nd = b'\x78\xbb' + b'\x00' * 12
for f in (zlib.decompress, lambda s: zlib.decompressobj().decompress(s)):
    try:
        print(f(nd))
    except zlib.error as e:
        print("error", e)
