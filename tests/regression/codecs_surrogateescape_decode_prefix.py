# The surrogateescape handler escaped the whole bad range or raised when any byte in it
# was below 0x80.  CPython escapes the bytes >= 0x80 from the start of the range, at
# most 4 of them, and raises only when there is none; the codec then resumes after them.
import codecs

h = codecs.lookup_error('surrogateescape')
cases = [b'\xff\xfe\xfd\xfc\xfb\xfa', b'\xff\xfeA\xfc', b'A\xfe', b'\x80', b'\x7f\x80',
         b'\xc3', b'']
for obj in cases:
    for start, end in ((0, len(obj)), (0, 1), (1, len(obj))):
        if start > len(obj):
            continue
        exc = UnicodeDecodeError('utf-8', obj, start, end, 'bad')
        try:
            print(ascii(obj), start, end, ascii(h(exc)))
        except UnicodeDecodeError as e:
            print(ascii(obj), start, end, 'raised', e is exc)

# encoding: every character of the range must be a U+DC80..U+DCFF surrogate
for s, start, end in (('\udc80\udcff', 0, 2), ('\udc80\udcffa\udc81', 0, 4),
                      ('a\udc80', 0, 2), ('a\udc80', 1, 2), ('\udc7f', 0, 1)):
    try:
        print(ascii(s), start, end, ascii(h(UnicodeEncodeError('ascii', s, start, end, 'bad'))))
    except UnicodeEncodeError as e:
        print(ascii(s), start, end, 'raised', e.start, e.end)

# through the codecs: UTF-8 reports long invalid runs, the handler takes them piecewise
for data in (b'a\xff\xfe\xfd\xfc\xfb\xfa\xf9b', b'\xf0\x90\x80', b'\xed\xa0\x80x',
             b'\xe2\x82', b'\x80\x81\x82\x83\x84\x85A'):
    s = data.decode('utf-8', 'surrogateescape')
    print(ascii(s), s.encode('utf-8', 'surrogateescape') == data)
    print(ascii(data.decode('ascii', 'surrogateescape')))
print(ascii(codecs.decode(b'\xfe\xff\xfd', 'latin-1', 'surrogateescape')))
try:
    'x\udc41'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print('encode:', e)
try:
    h(ValueError('no'))
except TypeError as e:
    print(e)
