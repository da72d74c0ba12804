# The incremental UTF-8 decoder decided at the end of each piece whether the bytes there
# could still become a character; ED A0..BF (a surrogate's first two bytes) is not valid
# UTF-8, so it was decoded at once and errors='surrogatepass' fed byte by byte raised
# (CPython holds exactly those two bytes back until the third arrives).
import codecs

data = b'\xed\xa0\x80a\xed\xb0\x81\xed\xbf\xbfz'
for errors in ('surrogatepass', 'replace', 'strict', 'ignore', 'backslashreplace'):
    d = codecs.getincrementaldecoder('utf-8')(errors)
    out = []
    try:
        for b in data:
            out.append(d.decode(bytes([b])))
            out.append(repr(d.getstate()))
        out.append(d.decode(b'', True))
    except UnicodeDecodeError as e:
        out.append('error %s %d %d %s' % (e.reason, e.start, e.end, ascii(e.object)))
    print(errors, ascii(out))

# the hold-back applies to exactly two bytes at the end, whatever the handler
for piece in (b'\xed', b'\xed\xa0', b'\xed\x9f', b'x\xed\xa0', b'\xed\xa0\x80',
              b'\xed\xc0', b'\xed\xa0\x41', b'\xe0\xa0', b'\xe0\x80'):
    for errors in ('strict', 'surrogatepass', 'replace'):
        try:
            r = codecs.utf_8_decode(piece, errors, False)
        except UnicodeDecodeError as e:
            r = 'error %s %d %d' % (e.reason, e.start, e.end)
        print(ascii(piece), errors, ascii(r))
    try:
        r = codecs.utf_8_decode(piece, 'strict', True)
    except UnicodeDecodeError as e:
        r = 'error %s %d %d' % (e.reason, e.start, e.end)
    print('  final', ascii(r))

# a cut surrogate at the end of the stream is an error when final
d = codecs.getincrementaldecoder('utf-8')('surrogatepass')
print(ascii(d.decode(b'\xed')), ascii(d.decode(b'\xa0')))
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print('final:', e)
d = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii(d.decode(b'\xed\xa0')), ascii(d.decode(b'', True)))
