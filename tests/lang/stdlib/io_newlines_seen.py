# not in the image: files
# io: .newlines of StringIO (newline None and '') and of text files read with universal newlines.
import io, os, tempfile
for nl in (None, '', '\n', '\r\n'):
    for text in ['a\nb\n', 'a\r\nb', 'a\rb', 'a\r\nb\nc\r', 'plain', '', 'x\r\n\r\n', '\r']:
        s = io.StringIO(text, newline=nl)
        print(repr(nl), repr(text), repr(s.newlines))
s = io.StringIO()
print(s.newlines)
for piece in ['x\r', '\n', 'y\n']:
    s.write(piece)
    print(repr(s.newlines))
d = tempfile.mkdtemp()
p = os.path.join(d, 'nl.txt')
for data in [b'a\nb\n', b'a\r\nb\r\n', b'a\rb', b'a\r\nb\nc\rd', b'', b'end\r']:
    with open(p, 'wb') as f:
        f.write(data)
    with open(p) as f:
        before = f.newlines
        lines = f.readlines()
        print(repr(data), before, lines, repr(f.newlines))
    with open(p, newline='\n') as f:
        f.read()
        print(repr(f.newlines))
with open(p, 'w') as f:
    f.write('x\n')
    print(f.newlines)
os.remove(p); os.rmdir(d)
