# zipfile in memory: the exact bytes of stored archives (headers, directory, comment,
# UTF-8 names, append), reading them back, ZipInfo reprs, printdir, member files, errors.
import zipfile, io
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('a.txt', (2024,1,2,3,4,5)), 'hello')
    zi = zipfile.ZipInfo('dir/b.bin', (2020,5,6,7,8,10)); zi.compress_type = zipfile.ZIP_STORED
    z.writestr(zi, b'x' * 100)
    z.writestr(zipfile.ZipInfo('d/'), '')
    z.writestr(zipfile.ZipInfo('ünï.txt', (2001, 2, 3, 4, 5, 6)), 'u')
    z.comment = b'cmt'
data = b.getvalue(); print(len(data)); print(data)
z = zipfile.ZipFile(io.BytesIO(data))
print(z.namelist(), [repr(i) for i in z.infolist()], z.comment)
z.printdir()
i = z.getinfo('a.txt'); print(i.filename, i.date_time, i.compress_type, i.file_size, i.compress_size, i.CRC, i.external_attr, i.create_system, i.create_version, i.extract_version, i.flag_bits, i.header_offset, i.is_dir(), i.orig_filename, i.volume, i.internal_attr, i.extra, i.comment, i.reserved)
print(z.read('dir/b.bin')[:5], z.testzip(), z.getinfo('d/').is_dir(), repr(z.getinfo('d/')), z.getinfo('ünï.txt').flag_bits)
try: z.getinfo('zz')
except KeyError as e: print('KeyError', e)
try: zipfile.ZipFile(io.BytesIO(b'notzip'))
except zipfile.BadZipFile as e: print('BadZipFile', e)
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'x')))
with z.open('a.txt') as f: print(f.read(2), f.read(), repr(f))
print(repr(f))
b2 = io.BytesIO(); z2 = zipfile.ZipFile(b2, 'w', zipfile.ZIP_DEFLATED); z2.writestr('n.txt', 'abc' * 50); i2 = z2.getinfo('n.txt'); print(i2.date_time[:1] > (2000,), i2.external_attr >> 16, oct(i2.external_attr>>16), i2.compress_type, i2.file_size); z2.close()
z3 = zipfile.ZipFile(io.BytesIO(b2.getvalue())); print(z3.read('n.txt')[:9], z3.infolist()[0].file_size, z3.testzip())
with z3.open('n.txt') as f: print(f.readline()[:6], f.seek(3), f.read(4), f.tell())
for bad in [lambda: zipfile.ZipFile(io.BytesIO(), 'q'), lambda: z.writestr('x', 'y'), lambda: z.open('a.txt', 'z'), lambda: zipfile.ZipFile(io.BytesIO(), 'w', 99), lambda: zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
z.close()
print(repr(z))
try: z.read('a.txt')
except ValueError as e: print('ValueError', e)
ab = io.BytesIO(data)
with zipfile.ZipFile(ab, 'a') as za:
    za.writestr(zipfile.ZipInfo('new.txt', (2022, 2, 2, 2, 2, 2)), b'appended')
with zipfile.ZipFile(ab) as zr:
    print(zr.namelist(), zr.read('new.txt'), zr.comment)
print(len(ab.getvalue()), ab.getvalue()[-60:])
