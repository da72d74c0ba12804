# io.TextIOWrapper (lib/io.py) computed tell() by re-encoding the unread text, which is wrong
# when that text does not encode back to its bytes (errors='replace'/'ignore', utf-8-sig,
# an alias like 'u16', a BOM with nothing unread); it now replays the decoder from a
# snapshot taken at each chunk (the cookie packs the decoder's flags, seek() restores
# them).  seek(n != 0) on a fresh utf-16/32 stream raised 'does not start with BOM'
# (the decoder is now told the BOM was seen, as CPython's setstate((b'', 0))), and
# seek() cleared .newlines (CPython forgets them only at 0, at the end and on write).
import io
def t(label, fn):
    try:
        print(label, ascii(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

# b. seek to a non-zero position on a fresh utf-16/32 stream: BOM taken as seen
for enc in ('utf-16', 'utf-32', 'utf-16-le', 'u16', 'utf-8-sig'):
    data = 'abc\ndef\n'.encode(enc if enc != 'u16' else 'utf-16')
    w = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    unit = {'utf-16': 2, 'u16': 2, 'utf-32': 4, 'utf-16-le': 2, 'utf-8-sig': 1}[enc]
    bom = 0 if enc == 'utf-16-le' else {'utf-8-sig': 3}.get(enc, unit)
    t(enc + ' seek', lambda: w.seek(bom + unit))
    t('read', w.read); t('tell', w.tell)
    t('seek0', lambda: w.seek(0)); t('read', w.readline); t('tell', w.tell)
# a big-endian file seeked by a plain number is read in the native order (as CPython)
w = io.TextIOWrapper(io.BytesIO('abcd'.encode('utf-16-be')), encoding='utf-16')
t('be seek', lambda: w.seek(2)); t('read', w.read)
# ... but a cookie from tell() keeps the byte order
w = io.TextIOWrapper(io.BytesIO('abcd\nefgh'.encode('utf-16-be').join([b'\xfe\xff', b''])), encoding='utf-16')
t('rl', w.readline); c = w.tell(); t('tell', lambda: c); t('rest', w.read); t('seek', lambda: w.seek(c)); t('rest', w.read)
# BOM with nothing unread
for enc in ('utf-16', 'utf-8-sig', 'utf-32'):
    w = io.TextIOWrapper(io.BytesIO('x'.encode(enc)), encoding=enc)
    t(enc + ' read', w.read); t('tell', w.tell)
    w = io.TextIOWrapper(io.BytesIO(''.encode(enc)), encoding=enc)
    t(enc + ' empty', w.read); t('tell', w.tell)
    w = io.TextIOWrapper(io.BytesIO('xy'.encode(enc)), encoding=enc)
    t(enc + ' read1', lambda: w.read(1)); t('tell', w.tell); c = w.tell()
    t('seek', lambda: w.seek(c)); t('read', w.read)
# errors='replace'/'ignore': tell() counts the bytes, not the replacement characters
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    w = io.TextIOWrapper(io.BytesIO(b'a\xff\xfeb\xe2\x82c\nd\xc3'), encoding='utf-8', errors=errors)
    for i in range(6):
        t(errors + ' r1', lambda: w.read(1)); c = w.tell(); t('tell', lambda: c)
    t('seek', lambda: w.seek(c)); t('rest', w.read); t('tell', w.tell)

# e. newlines survive a seek, except to 0 and to the end
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd\r\n'), encoding='ascii')
t('nl', lambda: w.newlines); t('rl', w.readline); t('nl', lambda: w.newlines)
c = w.tell(); t('rl', w.readline); t('nl', lambda: w.newlines)
t('seek', lambda: w.seek(c)); t('nl', lambda: w.newlines)
t('seek', lambda: w.seek(1)); t('nl', lambda: w.newlines)
t('read', w.read); t('nl', lambda: w.newlines)
t('seekcur', lambda: w.seek(0, 1)); t('nl', lambda: w.newlines)
t('seekend', lambda: w.seek(0, 2)); t('nl', lambda: w.newlines)
t('rl', lambda: (w.seek(2), w.readline())); t('nl', lambda: w.newlines)
t('seek0', lambda: w.seek(0)); t('nl', lambda: w.newlines)
t('write', lambda: (w.readline(), w.write('z'))); t('nl', lambda: w.newlines)
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb'), encoding='ascii', newline='')
t('nl raw', lambda: (w.read(), w.newlines))
w = io.TextIOWrapper(io.BytesIO(b'a\r\nb'), encoding='ascii', newline='\n')
t('nl none', lambda: (w.read(), w.newlines))

# a '\r' at a chunk's end waits for the next chunk; tell() between carries the flag
w = io.TextIOWrapper(io.BytesIO(b'x' * 8191 + b'\r\nyy\r'), encoding='ascii')
t('r', lambda: len(w.read(8191))); c = w.tell(); t('tell', lambda: c)
t('rl', w.readline); t('tell', w.tell); t('seek', lambda: w.seek(c)); t('rl', w.readline)
t('rl', w.readline); t('tell', w.tell); t('rl', w.readline)

# cookies: bad values
w = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
t('neg', lambda: w.seek(-1)); t('huge', lambda: w.seek(1 << 200)); t('whence', lambda: w.seek(0, 3))
t('cur', lambda: w.seek(1, 1)); t('end', lambda: w.seek(1, 2)); t('float', lambda: w.seek(1.5))
t('skip too far', lambda: w.seek(5 << 128)); t('skip', lambda: w.seek((1 << 96) | (1 << 128)))
t('read', w.read)
# next() disables tell() until a flush or seek
w = io.TextIOWrapper(io.BytesIO(b'l1\nl2\nl3\n'), encoding='utf-8')
t('next', lambda: next(w)); t('tell', w.tell); t('rl', w.readline); t('tell', w.tell)
t('flush', w.flush); t('tell', w.tell); t('next', lambda: next(w)); t('seek', lambda: w.seek(0, 2))
t('tell', w.tell); t('next', lambda: next(w, 'end')); t('tell', w.tell)
# readline limits across chunk ends and multi-character newlines
w = io.TextIOWrapper(io.BytesIO((b'q' * 8190 + b'\r\n') * 2 + b'tail\r'), encoding='ascii', newline='\r\n')
t('rl', lambda: len(w.readline())); t('tell', w.tell); t('rl10', lambda: w.readline(10)); t('tell', w.tell)
t('rl', lambda: len(w.readline())); t('rl', w.readline); t('rl', w.readline); t('tell', w.tell)
w = io.TextIOWrapper(io.BytesIO(b'ab\rcd\r'), encoding='ascii', newline='\r')
t('rl', w.readline); t('rl', w.readline); t('rl', w.readline)
w = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\r'), encoding='ascii', newline='')
t('rl', w.readline); t('tell', w.tell); t('rl', w.readline); t('rl', w.readline); t('tell', w.tell)
# not readable / not seekable
class NoSeek(io.BytesIO):
    def seekable(self):
        return False
w = io.TextIOWrapper(NoSeek(b'ab\ncd'), encoding='utf-8')
t('rl', w.readline); t('tell', w.tell); t('seek', lambda: w.seek(0)); t('next', lambda: list(w))
class BadRead(io.BytesIO):
    def read1(self, n=-1):
        return 'text'
w = io.TextIOWrapper(BadRead(b'ab'), encoding='utf-8')
t('bad read1', w.readline)
