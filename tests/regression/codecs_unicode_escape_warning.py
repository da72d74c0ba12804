# b'\\q'.decode('unicode_escape') warned "invalid escape sequence" from inside the
# codec's Python code (the warning named <frozen codecs>, so a filter on the caller's
# module or line did not apply and the default filters hid it); CPython warns from C,
# naming the calling line.  safepy also warned "invalid octal escape sequence" for
# values above 0o377, which is 3.12's behaviour: 3.11 gives the character silently.
import codecs
import warnings


def show(w):
    for x in w:
        print(x.category.__name__, str(x.message), x.filename == __file__, x.lineno)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(ascii(b'\\q'.decode('unicode_escape')))
    print(ascii(codecs.decode(b'a\\zb', 'unicode_escape')))
    print(ascii(codecs.unicode_escape_decode(b'\\w\\777\\8')))
    print(ascii(b'\\777\\400\\0'.decode('unicode_escape')))
    print(ascii(b'\\8'.decode('raw_unicode_escape')))
    print(ascii(b'\\n\\t\\\\'.decode('unicode_escape')))
    print(ascii('\\x41\\Q'.encode().decode('unicode-escape', 'ignore')))
show(w)

# the default filters show it for __main__, once per line
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings('default', category=DeprecationWarning, module='__main__')
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    for i in range(3):
        b'\\j'.decode('unicode_escape')
show(w)

# as an error, the codec's failure
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        b'\\q'.decode('unicode_escape')
    except DeprecationWarning as e:
        print('error:', e)
