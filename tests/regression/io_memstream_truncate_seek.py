# StringIO/BytesIO.truncate below the position lost the position (measured after the cut); BytesIO.seek past 2**63 clamped instead of OverflowError; seek/truncate messages differed.
import io

s = io.StringIO('h\u00e9\U0001f600llo')
s.seek(3)
print(s.read(2))
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.write('Z')
print(repr(s.getvalue()), s.tell())
b = io.BytesIO(b'abcdef')
b.seek(5)
print(b.truncate(2), b.getvalue(), b.tell())
b.write(b'Z')
print(b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue(), b.tell())
b.seek(2 ** 63 - 1)
for args in ((5, 1), (1, 2), (0, 1)):
    try:
        print(b.seek(*args))
    except OverflowError as e:
        print(type(e).__name__, e)
for cls, v in ((io.StringIO, 'abc'), (io.BytesIO, b'abc')):
    m = cls(v)
    for args in ((3, 2), (-3, 2), (1, 1)):
        try:
            print(m.seek(*args))
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        m.truncate(-1)
    except ValueError as e:
        print(type(e).__name__, e)
