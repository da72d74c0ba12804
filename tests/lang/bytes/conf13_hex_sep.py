# bytes.hex / bytearray.hex / memoryview.hex / binascii.hexlify share one separator check
# (CPython's order: the separator's length must be 1 first, then it must be str or bytes;
# a str result takes only ASCII, a bytes result any one-byte character). Before session 13
# hex(None) was accepted as "no separator", hex({}) said "has no len()", hexlify took a
# bytearray separator, and the two copies of the loop differed.
import binascii
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for make in (bytes, bytearray, lambda b: memoryview(b)):
    v = make(b'abcdef')
    t('none', lambda: v.hex(None))
    t('empty dict', lambda: v.hex({}))
    t('list', lambda: v.hex([1]))
    t('two chars', lambda: v.hex('::'))
    t('bytearray sep', lambda: v.hex(bytearray(b':')))
    t('str sep', lambda: v.hex(':'))
    t('bytes sep', lambda: v.hex(b'-', 2))
    t('left groups', lambda: v.hex('_', -4))
    t('right groups', lambda: v.hex('_', 4))
    t('non ascii', lambda: v.hex('\xe9'))
    t('non ascii bytes', lambda: v.hex(b'\xe9'))
    t('per None', lambda: v.hex(':', None))
    t('per huge', lambda: v.hex(':', 2**40))
    t('per zero', lambda: v.hex(':', 0))
    t('keywords', lambda: v.hex(sep='|', bytes_per_sep=3))
for f in (binascii.hexlify, binascii.b2a_hex):
    t('hexlify none', lambda: f(b'abc', None))
    t('hexlify dict', lambda: f(b'abc', {}))
    t('hexlify bytearray sep', lambda: f(b'abc', bytearray(b'-')))
    t('hexlify latin-1 sep', lambda: f(b'abcde', '\xe9', 2))
    t('hexlify wide sep', lambda: f(b'ab', '\u0101'))
    t('hexlify bytes sep', lambda: f(b'abcde', b'\xff', -2))
    t('hexlify empty', lambda: f(b'', ':'))
    t('hexlify keywords', lambda: f(b'abcd', sep=':', bytes_per_sep=-3))
