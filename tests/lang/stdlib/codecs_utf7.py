# UTF-7 against CPython: seeded random strings encoded (direct characters, '+', '-',
# base64 letters after a sequence, controls, non-BMP characters, lone surrogates) and
# decoded back; random and near-valid byte strings decoded with every handler (messages
# and positions); the incremental decoder fed in random pieces; the stream classes.
import codecs
import random

rng = random.Random(7007)
POOL = ['a', 'Z', '0', '9', ' ', '\t', '\n', '\r', '+', '-', '/', '=', '!', '~', '\\', '.',
        '\x00', '\x7f', '\x1b', '\xe9', '\u20ac', '\u263a', '\U0001f600', '\U00010000',
        '\ud800', '\udc00', '\udbff', '\uffff', '+-', 'ab', '\u00a0']


def rand_text():
    return ''.join(rng.choice(POOL) for _ in range(rng.randrange(0, 12)))


def attempt(fn):
    try:
        return ascii(fn())
    except UnicodeError as e:
        return '%s: %s (%d, %d)' % (type(e).__name__, e, e.start, e.end)
    except (TypeError, LookupError) as e:
        return '%s: %s' % (type(e).__name__, e)


for _ in range(400):
    s = rand_text()
    b = s.encode('utf-7')
    print(ascii(s), b, attempt(lambda: b.decode('utf-7')), attempt(lambda: b.decode('utf-7', 'surrogatepass')))

B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
BYTES = B64 + b'+-!~ \n\x00\x80\xff'
for _ in range(400):
    if rng.random() < 0.5:
        data = bytes(rng.choice(BYTES) for _ in range(rng.randrange(0, 10)))
    else:
        data = rand_text().encode('utf-7')
        if data:
            k = rng.randrange(len(data))
            data = data[:k] + bytes([rng.choice(BYTES)]) + data[k + 1:]
    res = [attempt(lambda: data.decode('utf-7', e))
           for e in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape')]
    print(data, ' | '.join(res))
    # incremental, in random pieces
    d = codecs.getincrementaldecoder('utf-7')('replace')
    parts = []
    i = 0
    while i < len(data):
        j = i + rng.randrange(1, 4)
        parts.append(d.decode(data[i:j]))
        i = j
    parts.append(attempt(lambda: d.decode(b'', True)))
    print('  pieces', ascii(parts), attempt(lambda: codecs.utf_7_decode(data, 'replace', False)))

# fixed cases: the error messages and positions
for data in (b'+', b'+-', b'a+', b'+A', b'+AA', b'+AAA', b'+AGE', b'+AGEA', b'+AGF-', b'+2D3', b'+2D3eAA',
             b'+2D3-', b'+2D0AYQ-', b'+2D0-a', b'+2D0+', b'+!', b'+\x80', b'\x80', b'a\xffb',
             b'+ZeVnLIqe-', b'+ZeVnLIqe', b'Hi Mom -+Jjo--!', b'+AGEAYgBj', b'+AGEAYgBj-x'):
    print(data, attempt(lambda: data.decode('utf-7')), attempt(lambda: data.decode('utf-7', 'replace')),
          attempt(lambda: codecs.utf_7_decode(data)), attempt(lambda: codecs.utf_7_decode(data, 'strict', True)))
for s in ('', '+', '-', 'a+b', '\u263a-', '\u263aa', '\u263a.', '\u263a/', '\U0001f600', '\ud800x',
          'A\u2262\u0391.', 'Hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', '~\\', '\x00\x01'):
    print(ascii(s), s.encode('utf-7'), codecs.utf_7_encode(s), s.encode('utf-7', 'strict'))


# a handler that moves back re-reads what follows
def back(exc):
    if exc.end < len(exc.object):
        return ('<%d,%d>' % (exc.start, exc.end), exc.end)
    return ('<end %d>' % exc.start, exc.start + 1)


codecs.register_error('utf7test.back', back)
for data in (b'a+AGE', b'x+2D3-y', b'+AGF\x80z', b'+2D0'):
    print(data, attempt(lambda: data.decode('utf-7', 'utf7test.back')))

# incremental encoder: each piece closes its own sequence
enc = codecs.getincrementalencoder('utf-7')()
print([enc.encode(c) for c in '\u263a\u263aab+'], enc.encode('', True), enc.getstate())
dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([c])) for c in b'a+Jjo-b+Jjo'], dec.getstate(), attempt(lambda: dec.decode(b'', True)))
dec.reset()
print(ascii(dec.decode(b'+2D3eAA')), dec.getstate(), ascii(dec.decode(b'-')))
info = codecs.lookup('utf-7')
print(info.name, [codecs.lookup(n).name for n in ('UTF7', 'u7', 'unicode-1-1-utf-7', 'utf_7')])
print(attempt(lambda: info.encode(b'x')), attempt(lambda: info.decode('x')))
import io
r = codecs.getreader('utf-7')(io.BytesIO('line \u263a one\nline two \U0001f600\n'.encode('utf-7')))
print([ascii(line) for line in r])
w = io.BytesIO()
sw = codecs.getwriter('utf-7')(w)
sw.write('\u263a'); sw.write('x'); print(w.getvalue())
