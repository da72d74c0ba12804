# not in the image: files
# zipfile: archives on disk (write/extractall/mkdir/open for writing/append), a deflated
# archive made by CPython read back, members as files, errors.
import zipfile, os, tempfile, io, warnings, csv
BLOB = b'PK\x03\x04\x14\x00\x00\x00\x08\x00\xe40\x85V\n\x04\xc0\r\x17\x00\x00\x00h\x01\x00\x00\x10\x00\x00\x00notes/readme.txt\xcb\xc9\xccKU\xc8\xcfK\xe5\xca\x011J\xca\xf3!\x8cQ\x11*\x8b\x00\x00PK\x03\x04\x14\x00\x00\x00\x08\x00\xe40\x85V\xe5\xe9\xd6\xce\x0e\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00data.csvK\xd4I\xe22\xd41\xe22\xd61\xe1\x02\x00PK\x03\x04\x14\x00\x00\x00\x00\x00\xe40\x85V\xffy\x0c\xb52\x00\x00\x002\x00\x00\x00\x07\x00\x00\x00raw.bin\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./01PK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\xe40\x85V\n\x04\xc0\r\x17\x00\x00\x00h\x01\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00notes/readme.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\xe40\x85V\xe5\xe9\xd6\xce\x0e\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01E\x00\x00\x00data.csvPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\xe40\x85V\xffy\x0c\xb52\x00\x00\x002\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01y\x00\x00\x00raw.binPK\x05\x06\x00\x00\x00\x00\x03\x00\x03\x00\xa9\x00\x00\x00\xd0\x00\x00\x00\x00\x00'
d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('alpha\n' * 3)
with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
    f.write(bytes(range(256)))
zp = os.path.join(d, 'out.zip')
with zipfile.ZipFile(zp, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, 'a.txt'), 'a.txt')
    z.write(os.path.join(src, 'sub'), 'sub')
    z.write(os.path.join(src, 'sub', 'b.bin'), 'sub/b.bin', compress_type=zipfile.ZIP_STORED)
    z.mkdir('empty')
    with z.open('streamed.txt', 'w') as w:
        w.write(b'part1 ')
        w.write(b'part2')
    print(repr(z).replace(d, 'D'))
with zipfile.ZipFile(zp) as z:
    for i in z.infolist():
        print(i.filename, i.is_dir(), i.file_size, i.compress_type, oct(i.external_attr >> 16)[-3:], i.CRC)
    print(z.read('a.txt'), z.read('streamed.txt'), len(z.read('sub/b.bin')), z.testzip())
    out = os.path.join(d, 'x')
    z.extractall(out)
    print(sorted(os.path.relpath(os.path.join(r, n), out) for r, ds, fs in os.walk(out) for n in ds + fs))
    with open(os.path.join(out, 'sub', 'b.bin'), 'rb') as f:
        print(f.read() == bytes(range(256)))
    print(os.path.relpath(z.extract('a.txt', os.path.join(d, 'y')), d))
with zipfile.ZipFile(zp, 'a') as z:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        z.writestr('a.txt', 'dup')
        print([str(x.message) for x in w], w[0].category.__name__)
with zipfile.ZipFile(zp) as z:
    print(z.namelist(), z.read('a.txt'))
print(zipfile.is_zipfile(zp), zipfile.is_zipfile(os.path.join(src, 'a.txt')), zipfile.is_zipfile(os.path.join(d, 'nope')))
z = zipfile.ZipFile(io.BytesIO(BLOB))
print([(i.filename, i.file_size, i.compress_type, i.date_time) for i in z.infolist()])
with z.open('data.csv') as f:
    print(list(csv.reader(io.TextIOWrapper(f, encoding='utf-8'))))
with z.open('notes/readme.txt') as f:
    print([line for line in f][:3], f.read())
print(z.read('raw.bin')[-3:], z.read('notes/readme.txt').count(b'\n'))
broken = bytearray(BLOB)
k = broken.find(b'raw.bin') + 7
broken[k + 10] ^= 0xFF
z2 = zipfile.ZipFile(io.BytesIO(bytes(broken)))
try:
    z2.read('raw.bin')
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
print(z2.testzip())
for bad in [lambda: zipfile.ZipFile(os.path.join(d, 'missing.zip')), lambda: zipfile.ZipFile(zp, 'x'),
            lambda: z.read('nothere'), lambda: zipfile.ZipFile(io.BytesIO(BLOB[:40])), lambda: z.open('raw.bin', 'rb')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
import shutil
shutil.rmtree(d)
