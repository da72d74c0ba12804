# The archive modules over zlib write python3.11's bytes now that the compressor is
# zlib's: gzip.GzipFile written in pieces (with and without flush()), gzip.compress with
# a fixed mtime, zipfile's deflated members (writestr and open('w') in pieces), and a
# gzip-compressed tarfile.
import gzip
import hashlib
import io
import tarfile
import zipfile


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


text = b''.join(b'line %d of some text, %s\n' % (i, b'x' * (i % 13)) for i in range(15000))

bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='') as f:
    for i in range(0, len(text), 7000):
        f.write(text[i:i + 7000])
print('GzipFile', len(bio.getvalue()), digest(bio.getvalue()), bio.getvalue()[:10].hex())

for level in (1, 6, 9):
    bio = io.BytesIO()
    with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='name.txt', compresslevel=level) as f:
        f.write(text[:50000])
        f.flush()
        f.write(b'more')
    print('GzipFile flush', level, len(bio.getvalue()), digest(bio.getvalue()))
    print(gzip.decompress(bio.getvalue()) == text[:50000] + b'more')

print('gzip.compress', digest(gzip.compress(text, 5, mtime=1234567890)))
print(gzip.compress(b'abc', mtime=1234567890).hex())

bio = io.BytesIO()
with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo('a.txt', date_time=(2020, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, text)
    zi = zipfile.ZipInfo('b.txt', date_time=(2020, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    with z.open(zi, 'w') as w:
        for i in range(0, len(text), 5000):
            w.write(text[i:i + 5000])
    zi = zipfile.ZipInfo('c.txt', date_time=(2021, 2, 3, 4, 5, 6))
    z.writestr(zi, b'tiny', compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
print('zip', len(bio.getvalue()), digest(bio.getvalue()))
with zipfile.ZipFile(io.BytesIO(bio.getvalue())) as z:
    print([(i.filename, i.compress_size, i.file_size) for i in z.infolist()])
    print(z.read('b.txt') == text)

bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='') as gz:
    with tarfile.open(fileobj=gz, mode='w', format=tarfile.USTAR_FORMAT) as tar:
        ti = tarfile.TarInfo('data.txt')
        ti.size = len(text)
        ti.mtime = 0
        tar.addfile(ti, io.BytesIO(text))
print('tar.gz', len(bio.getvalue()), digest(bio.getvalue()))
