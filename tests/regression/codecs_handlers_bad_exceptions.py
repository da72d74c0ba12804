# The standard error handlers: backslashreplace left ASCII characters unescaped when
# encoding (cp864 cannot encode "%", so "%".encode("cp864", "backslashreplace") raised);
# replace gave one U+FFFD for a UnicodeTranslateError range; handlers given another
# exception raised AttributeError instead of TypeError "don't know how to handle".
import codecs
for name in ('backslashreplace', 'xmlcharrefreplace', 'replace', 'ignore', 'namereplace'):
    h = codecs.lookup_error(name)
    for exc in (UnicodeEncodeError('ascii', 'a%\xff\u1234\U00012345', 0, 5, 'x'),
                UnicodeDecodeError('ascii', b'a%\xff', 0, 3, 'x'),
                UnicodeTranslateError('a%\xff\u1234', 1, 4, 'x'), ValueError('v')):
        try:
            print(name, type(exc).__name__, ascii(h(exc)))
        except Exception as e:
            print(name, type(exc).__name__, type(e).__name__, e)
print(ascii('\x80%'.encode('cp864', 'backslashreplace')), ascii('%'.encode('cp864', 'xmlcharrefreplace')))
