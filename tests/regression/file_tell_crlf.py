# tell() on a text file after '\r\n' input was translated to '\n' raised UnsupportedOperation; it must give the file position, also when a '\r\n' pair is split by the 8 KiB read chunk
import os
p = 'file_tell_crlf.tmp'
lines = ['x' * (i % 37) + '\r\n' for i in range(900)] + ['unix\n', 'end']
with open(p, 'w', newline='') as f:
    f.write(''.join(lines))
f = open(p)
marks = []
while True:
    pos = f.tell()
    line = f.readline()
    if not line:
        break
    # CPython's tell() is an opaque cookie; where a line is just '\r\n' it encodes decoder
    # state, so only the positions of other lines are compared
    if line != '\n':
        marks.append((pos, line))
print(len(marks), marks[:3], marks[-4:], sum(m[0] for m in marks), f.tell())
bad = 0
for pos, line in marks[::7]:
    f.seek(pos)  # (a raw position is a valid cookie too)
    if f.readline() != line:
        bad += 1
print('mismatches', bad)
f.seek(0)
print(repr(f.read(5)), f.tell(), repr(f.read(3)), f.tell())
f.close()
with open(p, 'w', newline='') as f:
    f.write('a' * 8191 + '\r\n' + 'tail\r\n')
f = open(p)
print(len(f.readline()), f.tell(), repr(f.readline()), f.tell())
f.close()
os.remove(p)
