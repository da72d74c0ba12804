# safepy gave different exception types/messages than CPython for several bytes/int edge cases (endswith tuple of str, %g of complex, int(bytearray), 2 << 10**20, iterator type names)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'hi'.endswith(('c', 'd')))
t(lambda: bytearray(b'hi').startswith(('c',)))
t(lambda: b'%g' % 1j)
t(lambda: int(bytearray(b'hi')))
t(lambda: 2 << 10**20)
t(lambda: type(iter(bytearray(b'hi'))).__name__)
t(lambda: type(iter('日本語')).__name__)
t(lambda: type(iter('abc')).__name__)
