# copy(), copy.copy and copy.deepcopy of Compress and Decompress objects fork the stream
# (deepcopy raised TypeError "cannot pickle"); once a stream is finished (Compress after
# flush(), Decompress after a flush() that saw the end) they raise ValueError, and the
# ended Decompress refuses more input as zlib's ended stream does.
import copy
import zlib

data = zlib.compress(b'hello world')
d = zlib.decompressobj()
print(d.decompress(data[:5]))
e = copy.deepcopy(d)
f = copy.copy(d)
print(e.decompress(data[5:]), e.eof, f.decompress(data[5:7]), f.eof)
print(d.decompress(data[5:]), d.eof)
print(d.copy().eof)
print(d.flush(), d.eof, d.unused_data)
for fn in (d.copy, lambda: copy.copy(d), lambda: copy.deepcopy(d)):
    try:
        fn()
    except ValueError as x:
        print('ValueError', x)
for fn in (lambda: d.decompress(b'xx'), d.flush, lambda: d.decompress(b'')):
    try:
        print(fn())
    except zlib.error as x:
        print('zlib.error', x)
print(d.unused_data, d.eof, d.unconsumed_tail)

# a stream that ended inside decompress() can still be copied until flush()
d = zlib.decompressobj()
d.decompress(data + b'tail')
print(d.eof, d.unused_data, d.copy().unused_data)
print(d.flush(), d.unused_data)
try:
    d.copy()
except ValueError as x:
    print('ValueError', x)

text = b'copy me, copy me not, ' * 200
c = zlib.compressobj(9)
head = c.compress(text)
c2 = copy.deepcopy(c)
c3 = copy.copy(c)
c4 = c.copy()
t2 = c2.compress(b'two') + c2.flush()
t3 = c3.flush(zlib.Z_SYNC_FLUSH) + c3.flush()
tail = c.flush()
print(head.hex(), tail.hex(), t2.hex(), t3.hex(), c4.flush() == tail)
print(zlib.decompress(head + t2) == text + b'two', zlib.decompress(head + t3) == text)
for fn in (c.copy, lambda: copy.copy(c), lambda: copy.deepcopy(c)):
    try:
        fn()
    except ValueError as x:
        print('ValueError', x)
print(type(c).__name__, type(d).__name__)
