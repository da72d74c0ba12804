# _operator._compare_digest: two ASCII strs or two bytes-like objects, anything else a
# TypeError with CPython's wording (it compared any objects with == and said False).
import hmac, operator
from _operator import _compare_digest as cd
def t(*a):
    try: print(repr(cd(*a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(100, 200), (100, b'foobar'), (b'foobar', 200), ('foobar', b'foobar'), (b'foobar', 'foobar'), (b'foobar', b'foo'), (b'x', b'x'), ('x', 'x'), ('\xe9', '\xe9'), (bytearray(b'ab'), b'ab'), (memoryview(b'ab'), bytearray(b'ab')), ('ab', bytearray(b'ab'))]:
    t(*a)
print(hmac.compare_digest is cd)
import _operator
print('_compare_digest' in dir(_operator), '_compare_digest' in operator.__all__)
