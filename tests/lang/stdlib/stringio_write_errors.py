# Writing non-str to a StringIO: CPython's message differs from a text file's.
import io
s = io.StringIO()
for x in (b'x', 5, None, bytearray(b'y')):
    try:
        s.write(x)
    except TypeError as e:
        print(e)
try:
    s.writelines(['ok', b'a'])
except TypeError as e:
    print(e)
print(repr(s.getvalue()))
with open(__file__ + '.tmp', 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)
import os
os.remove(__file__ + '.tmp')
