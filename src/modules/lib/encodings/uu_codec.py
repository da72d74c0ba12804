"""encodings.uu_codec (safepy): bytes to and from uuencoding: a 'begin <mode> <name>'
line, lines of up to 45 bytes each, ' ' and 'end' (the behaviour of CPython's codec,
written here over binascii)."""

import binascii
import codecs
from io import BytesIO


def _encode(input, filename='<data>', mode=0o666):
    data = BytesIO(input).getvalue()     # (CPython's type errors)
    name = filename.replace('\n', '\\n').replace('\r', '\\r')
    lines = [('begin %o %s\n' % (mode & 0o777, name)).encode('ascii')]
    lines += [binascii.b2a_uu(data[i:i + 45]) for i in range(0, len(data), 45)]
    lines.append(b' \nend\n')
    return b''.join(lines)


def _decode_line(line):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # some encoders pad lines with junk: keep what the length byte announces
        return binascii.a2b_uu(line[:(((line[0] - 32) & 63) * 4 + 5) // 3])


def _decode(input):
    # lines end at b'\n' only
    parts = BytesIO(input).getvalue().split(b'\n')
    lines = [part + b'\n' for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    for start, line in enumerate(lines):
        if line[:5] == b'begin':
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[start + 1:]:
        if line == b'end\n':
            return b''.join(out)
        out.append(_decode_line(line))
    raise ValueError('Truncated input data')


globals().update(codecs._bytes_transform_module(__name__, 'uu', _encode, _decode))
