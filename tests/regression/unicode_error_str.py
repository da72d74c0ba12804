# str() and __init__ of UnicodeEncodeError/DecodeError/TranslateError (one shared
# implementation): character forms, ranges, argument errors, None/non-str fields
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for E, a in ((UnicodeEncodeError, ('ascii', 'a\xe9\u1234\U00012345z')), (UnicodeTranslateError, ('a\xe9\u1234\U00012345z',))):
    for s, e in ((1, 2), (2, 3), (3, 4), (0, 5), (4, 5), (5, 6), (2, 2)):
        show(lambda: str(E(*a, s, e, 'why')))
    show(lambda: E(*a, 1, 2))
    show(lambda: E(*a, 1, 2, 'r', 'x'))
    show(lambda: E(*a[:-1], 5, 1, 2, 'r'))
    show(lambda: E(*a, 1, 2, b'r'))
    show(lambda: E(*a, '1', 2, 'r'))
    show(lambda: E(*a, 1, None, 'r'))
    e = E(*a, 1, 2, 'why')
    show(lambda: (e.start, e.end, e.reason, e.object, getattr(e, 'encoding', '-')))
    e.reason = None
    show(lambda: str(e))
    show(lambda: sorted(k for k in ('encoding', 'object', 'start', 'end', 'reason') if k in E.__dict__))
    show(lambda: E.__init__(E(*a, 1, 2, 'r'), *a, 0, 1, 'z'))
show(lambda: str(UnicodeDecodeError('ascii', b'ab\xff', 2, 3, 'bad')))
show(lambda: UnicodeDecodeError('ascii', 'ab', 2, 3, 'bad'))
show(lambda: UnicodeDecodeError(1, b'ab', 2, 3, 'bad'))
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad'); e.object = 5
try: print(repr(str(e)))
except Exception as x: print(type(x).__name__, x)
e = UnicodeTranslateError('abc', 1, 2, 'bad'); e.object = 5
try: print(repr(str(e)))
except Exception as x: print(type(x).__name__, x)
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad'); e.encoding = None; e.reason = 7
print(repr(str(e)))
e = UnicodeDecodeError('ascii', b'abc', 1, 2, 'bad'); e.encoding = None; e.reason = None
print(repr(str(e)))
e = UnicodeDecodeError('ascii', b'abc', 1, 2, 'bad'); e.object = 'x'
try: print(repr(str(e)))
except Exception as x: print(type(x).__name__, x)
