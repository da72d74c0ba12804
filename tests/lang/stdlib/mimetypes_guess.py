import mimetypes, pathlib
import tempfile, os
print(mimetypes.inited, len(mimetypes.types_map), mimetypes.types_map['.js'])
# Module level: init() also reads /etc/mime.types when it exists, as CPython does;
# these names get the same answer from the built-in table and Debian's file.
for u in ['a.html', 'a.png', 'a.xyzzy', 'a.tar.xz', 'a.pdf']:
    print(u, mimetypes.guess_type(u), mimetypes.guess_type(u, strict=False))
print(mimetypes.inited)
for t in ['text/plain', 'image/png', 'text/html']:
    print(t, mimetypes.guess_all_extensions(t)[:3], mimetypes.guess_extension(t))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'my.types')
    with open(p, 'w') as f:
        f.write('application/x-zork zork zk\n#x\ntext/x-q q # c\n')
    m = mimetypes.read_mime_types(p)
    print(m['.zork'], m['.q'], m['.png'], mimetypes.read_mime_types(os.path.join(d, 'none')))
    mimetypes.init([p])
    print(mimetypes.guess_type('a.zk'), mimetypes.guess_extension('application/x-zork'))
    db = mimetypes.MimeTypes([p])
    print(db.guess_type('a.zork'), db.guess_type('x.css'))
    mimetypes.add_type('application/x-zz', '.zz')
    print(mimetypes.guess_type('a.zz'), mimetypes.types_map['.zz'])

db = mimetypes.MimeTypes()
for u in ['a.html', 'A.HTML', 'x.tar.gz', 'x.tgz', 'x.TGZ', 'x.gz', 'x.GZ', 'x.svgz', 'x.tar.Z', 'x.tar.z', 'noext', '.bashrc', 'dir.d/file',
          'http://example.com/a.png', 'http://example.com/a.png?x=1', 'http://example.com/', 'file:///tmp/a.pdf', 'data:,hello', 'data:text/html;base64,AAA',
          'data:image/png,xx', 'data:foo,x', 'data:;base64,x', 'data:text/plain', 'DATA:text/css,x', 'x.rtf', 'x.jpg', 'x.JPG', 'x.pict', 'x.mid', 'a.b.c.txt', 'x.tar.bz2', 'x.tbz2', 'x.xz', 'x.br', 'x.txz', 'C:\\x\\a.txt', 'a.py', 'a.pyc', 'a.', 'x.tar.gz.gz', 'a.js', 'a.mjs', 'a.svg', 'a.webp', 'a.wasm', 'a.md']:
    print(repr(u), db.guess_type(u), db.guess_type(u, strict=False))
print(db.guess_type(pathlib.PurePosixPath('/a/b.css')))
for t in ['text/plain', 'TEXT/PLAIN', 'image/jpeg', 'application/octet-stream', 'text/html', 'image/x-nope', 'audio/midi', 'text/xml', 'application/javascript', 'text/javascript', 'image/webp']:
    print(t, db.guess_all_extensions(t), db.guess_all_extensions(t, strict=False), db.guess_extension(t), db.guess_extension(t, False))
for bad in [None, 3, b'a.txt']:
    try: print(db.guess_type(bad))
    except Exception as e: print(type(e).__name__, e)
db.add_type('application/x-mine', '.mine')
db.add_type('application/x-mine', '.MINE2', strict=False)
db.add_type('text/plain', '.TXT2')
print(db.guess_type('f.mine'), db.guess_type('f.MINE2'), db.guess_type('f.mine2', False), db.guess_type('f.MINE2', False), db.guess_all_extensions('application/x-mine', False), db.guess_all_extensions('text/plain'))
print(sorted(db.encodings_map.items()), sorted(db.suffix_map.items()))
print(len(db.types_map[True]), len(db.types_map[False]), len(db.types_map_inv[True]), db.types_map_inv[False]['image/jpg'])
import io
db2 = mimetypes.MimeTypes()
db2.readfp(io.StringIO('# comment\napplication/x-foo foo fo2 # trailing\n\n  text/x-bar   bar\nimage/x-lonely\ntext/plain txt2\n'))
print(db2.guess_type('a.foo'), db2.guess_type('a.fo2'), db2.guess_type('b.bar'), db2.guess_all_extensions('text/plain'), db2.guess_extension('application/x-foo'))
db3 = mimetypes.MimeTypes(strict=False)
db3.readfp(io.StringIO('text/x-c3 c3\n'), strict=False)
print(db3.guess_type('a.c3'), db3.guess_type('a.c3', False))
print(type(mimetypes.types_map), mimetypes.types_map['.html'], mimetypes.common_types['.jpg'], mimetypes.encodings_map['.gz'], mimetypes.suffix_map['.tgz'])
print(mimetypes.guess_type('index.html'), mimetypes.guess_type('a.tar.gz'), mimetypes.guess_extension('image/png'), mimetypes.guess_all_extensions('application/pdf'))
print(isinstance(mimetypes.inited, bool))

db = mimetypes.MimeTypes()
db.add_type('text/x-up', '.UP')
db.add_type('text/x-low', '.low', strict=False)
db.add_type('text/x-upc', '.UPC', strict=False)
db.suffix_map['.SFX'] = '.tar.gz'
db.suffix_map['.chain'] = '.sfx'
db.encodings_map['.ENC'] = 'enc'
for u in ['a.UP', 'a.up', 'a.Up', 'a.low', 'a.LOW', 'a.UPC', 'a.upc', 'a.SFX', 'a.sfx', 'a.chain', 'a.txt.ENC', 'a.txt.enc', 'a.b:c', 'x:y.txt', 'data:charset=x,y', 'data:a/b;c=d,y', 'data:a/b=c,y', 'data:,', 'data:']:
    print(repr(u), db.guess_type(u), db.guess_type(u, False))
