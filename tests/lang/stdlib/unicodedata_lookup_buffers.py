# unicodedata.lookup takes a str or a read-only buffer (bytes or a subclass): any other
# buffer (bytearray, memoryview, released or strided too, array.array) is a TypeError
# naming its type; an object with no buffer is "a bytes-like object is required".
import array
import unicodedata as u

class B(bytes):
    pass

class BA(bytearray):
    pass

released = memoryview(b'LATIN SMALL LETTER A')
released.release()
args = [b'LATIN SMALL LETTER A', B(b'DIGIT ONE'), b'NO SUCH NAME', b'', b'x' * 300,
        bytearray(b'LATIN SMALL LETTER A'), BA(b'LATIN SMALL LETTER A'), bytearray(),
        memoryview(b'LATIN SMALL LETTER A'), memoryview(bytearray(b'A')).toreadonly(),
        memoryview(b'abcdef')[::2], released, array.array('b', b'LATIN SMALL LETTER A'),
        array.array('u', 'A'), 1, None, [65], 'LATIN SMALL LETTER A', 'A\ud800',
        'latin small letter b']
for a in args:
    try:
        print(type(a).__name__, ascii(u.lookup(a)))
    except Exception as e:
        print(type(a).__name__, type(e).__name__, e)
