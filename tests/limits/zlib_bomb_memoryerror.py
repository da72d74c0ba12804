# With --max-heap 64M, decompressing a stream whose output (165 MB) cannot fit
# raises MemoryError, and the same stream read with max_length stays small. (CPython has
# no heap limit, so the expected output is written by hand.)
import zlib


def bomb(reps):
    # raw DEFLATE, one final fixed block: literal 'a', then copies of 258 bytes at
    # distance 1; 8 copies are 13 bytes, so the stream repeats with that period
    acc, n = 0, 0

    def put(v, k):
        nonlocal acc, n
        acc |= v << n
        n += k

    def code(c, k):
        put(int(format(c, "0%db" % k)[::-1], 2), k)

    put(1, 1)
    put(1, 2)
    code(0x30 + ord("a"), 8)
    for _ in range(16):
        code(0xC5, 8)
        code(0, 5)
    head = acc.to_bytes((n + 7) // 8, "little")[:14]
    return head + head[1:14] * reps


bm = bomb(80000)
try:
    zlib.decompress(bm, -15)
    print("no error")
except MemoryError:
    print("MemoryError from decompress")
d = zlib.decompressobj(-15)
try:
    d.decompress(bm)
    print("no error")
except MemoryError:
    print("MemoryError from Decompress.decompress")
d = zlib.decompressobj(-15)
total, most = 0, 0
data = bm
while data:
    out = d.decompress(data, 1 << 20)
    total += len(out)
    most = max(most, len(out))
    data = d.unconsumed_tail
print(total, most, d.eof)
