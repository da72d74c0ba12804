# marshal's text floats (versions 0-1, type codes 'f' and 'x') are read as C reads them: no spaces, underscores or non-ASCII digits; the text ends at a NUL byte
import marshal
for t in [b'1_0', b' 1.5', b'1.5 ', b'inf', b'-nan', b'1e5', b'0x10', b'', b'abc', b'1.5\x00', b'Infinity', b'\xd9\xa1']:
    b = bytes([0x66, len(t)]) + t
    try:
        print(t, marshal.loads(b))
    except Exception as e:
        print(t, type(e).__name__, e)
    b = bytes([0x78, len(t)]) + t + bytes([1]) + b'2'
    try:
        print(t, marshal.loads(b))
    except Exception as e:
        print(t, type(e).__name__, e)
