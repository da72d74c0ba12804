# tarfile in memory: PAX/GNU/USTAR archives byte-identical to CPython's (long and non-ASCII
# names, fractional times), members read back, list, errors, gzip, append.
import tarfile, io
def build(fmt):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w', format=fmt) as t:
        ti = tarfile.TarInfo('hello.txt'); data = b'hello world\n'; ti.size = len(data); ti.mtime = 1700000000; ti.mode = 0o644
        t.addfile(ti, io.BytesIO(data))
        d = tarfile.TarInfo('dir'); d.type = tarfile.DIRTYPE; d.mtime = 1700000000; d.mode = 0o755; t.addfile(d)
        ln = tarfile.TarInfo('dir/' + 'x' * 120); ln.size = 3; ln.mtime = 1; t.addfile(ln, io.BytesIO(b'abc'))
        s = tarfile.TarInfo('link'); s.type = tarfile.SYMTYPE; s.linkname = 'hello.txt'; t.addfile(s)
        u = tarfile.TarInfo('ünï.txt'); u.size = 0; u.mtime = 5; u.uname = 'bob'; u.gname = 'staff'; u.uid = 1000; u.gid = 1000; t.addfile(u)
        f = tarfile.TarInfo('frac'); f.mtime = 1.5; f.size = 1; t.addfile(f, io.BytesIO(b'z'))
        if fmt != tarfile.USTAR_FORMAT:
            p = tarfile.TarInfo('a/' * 60 + 'f'); t.addfile(p)
        else:
            p = tarfile.TarInfo('a/' * 60 + 'f'); t.addfile(p)
    return b.getvalue()
import hashlib
for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT):
    try:
        raw = build(fmt)
        print(fmt, len(raw), hashlib.sha256(raw).hexdigest()[:20])
    except Exception as e:
        print(fmt, type(e).__name__, e)
raw = build(tarfile.PAX_FORMAT)
with tarfile.open(fileobj=io.BytesIO(raw)) as t:
    for m in t.getmembers():
        print(m.name, m.size, m.mtime, oct(m.mode), m.type, m.isfile(), m.isdir(), m.issym(), m.linkname, m.uid, m.gid, repr(m.uname), repr(m.gname), m.pax_headers, m.offset, m.offset_data)
    print(t.getnames()); print(t.extractfile('hello.txt').read(), t.extractfile('dir'), type(t.extractfile('hello.txt')).__name__, t.extractfile('link').read())
    t.list(verbose=False); t.list()
    try:
        t.getmember('nope')
    except KeyError as e:
        print('KeyError', e)
gnu = build(tarfile.GNU_FORMAT)
with tarfile.open(fileobj=io.BytesIO(gnu), mode='r:') as t:
    print([(m.name[:12], len(m.name), m.mtime) for m in t])
print(repr(tarfile.TarInfo('a')).split(' at ')[0], tarfile.TarInfo('a').mode, repr(tarfile.TarInfo().name), tarfile.DEFAULT_FORMAT, tarfile.PAX_FORMAT, tarfile.ENCODING)
for data in [b'x' * 100, b'', b'y' * 2000]:
    try:
        tarfile.open(fileobj=io.BytesIO(data))
    except tarfile.ReadError as e:
        print('ReadError', e)
for mode in ['q', 'r:zz', 'w|x', 'a:gz']:
    try:
        tarfile.open(fileobj=io.BytesIO(), mode=mode)
    except (ValueError, tarfile.CompressionError) as e:
        print(type(e).__name__, e)
print(tarfile.is_tarfile(io.BytesIO(raw)), tarfile.is_tarfile(io.BytesIO(b'nope' * 200)))
gz = io.BytesIO()
with tarfile.open(fileobj=gz, mode='w:gz') as t:
    ti = tarfile.TarInfo('in_gz.txt'); ti.size = 4; t.addfile(ti, io.BytesIO(b'data'))
gz.seek(0)
with tarfile.open(fileobj=gz, mode='r:*') as t:
    print(t.getnames(), t.extractfile('in_gz.txt').read())
gz.seek(0)
with tarfile.open(fileobj=gz, mode='r:gz') as t:
    print([m.size for m in t])
try:
    tarfile.open(fileobj=io.BytesIO(raw), mode='r:gz')
except tarfile.ReadError as e:
    print('ReadError', e)
ap = io.BytesIO(raw)
with tarfile.open(fileobj=ap, mode='a') as t:
    ti = tarfile.TarInfo('appended'); ti.size = 2; t.addfile(ti, io.BytesIO(b'ok'))
ap.seek(0)
with tarfile.open(fileobj=ap) as t:
    print(t.getnames()[-2:], t.extractfile('appended').read(), len(ap.getvalue()))
