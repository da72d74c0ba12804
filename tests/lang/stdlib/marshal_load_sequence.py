# marshal.load reads one object at a time from a stream holding many: objects larger and
# smaller than a read, the position after each is just past it, and the end gives EOFError;
# marshal.dumps of other buffers
import io, marshal
objs = [1, 'a' * 10000, list(range(1000)), {'k': (1.5, None, b'x' * 70)}, (), 'é' * 40,
        frozenset({1, 2, 3}), 2 ** 200, [[1, [2, [3]]]] * 30, -1.0, True]
objs = objs * 20
buf = io.BytesIO()
ends = []
for o in objs:
    marshal.dump(o, buf)
    ends.append(buf.tell())
buf.seek(0)
ok = 0
for o, end in zip(objs, ends):
    got = marshal.load(buf)
    ok += got == o and type(got) is type(o) and buf.tell() == end
print(ok, len(objs))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
# a truncated last object
buf = io.BytesIO(marshal.dumps('x' * 500)[:300])
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
# any C-contiguous buffer dumps as bytes; a strided view cannot be marshalled
import array
for x in [memoryview(b'abc'), array.array('i', [1, 2]), bytearray(b'q'), memoryview(b'abcdef')[::2]]:
    try:
        print(marshal.dumps(x))
    except ValueError as e:
        print('ValueError', e)
