import sys, traceback
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1),
             ("bad.py", 1, 2, "abcdefg"), ("bad.py", 1, 2, "abcdefg", 1, 7), [1, 2, 3, 4], "abcd", 5]:
    try:
        e = SyntaxError("bad bad", args)
        print('ok', e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as e:
        print('TypeError', e)
for args in [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 3),
             ("bad.py", 1, 2, "abcdefg", 1, -2), ("bad.py", 1, 4, "abcdefg", 1, 2),
             ("bad.py", 1, -4, "abcdefg", 1, -2), ("bad.py", 1, -4, "abcdefg", 1, -5),
             ("bad.py", 1, 0, "abcdefg", 1, 0), ("bad.py", 1, 0, "abcdefg", 1, 5),
             ("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 9, "abcdefg", 1, 100),
             ("bad.py", 1, 100, "abcdefg", 1, 200), ("bad.py", 1, 3, "  abc\n", 1, 4),
             ("bad.py", 1, 3, "abc\ndef", 2, 2), ("bad.py", 1, 2, "abcdefg", 2, 100)]:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
        sys.stdout.flush()
        sys.__excepthook__(*sys.exc_info()) if False else None
for a in [(), ('test',), ('a', 'b')]:
    exc = ImportError('test', name='name', path='path')
    exc.__init__(*a)
    print(exc.args, exc.msg, exc.name, exc.path)
exc = ImportError('test', name='name', path='path')
exc.__init__(name='n2')
print(exc.args, exc.msg, exc.name, exc.path)
e = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range')
print(repr(e.object), type(e.object))
e = UnicodeDecodeError('ascii', memoryview(b'\xfe\xff'), 0, 1, 'bad')
print(repr(e.object), str(e))
try:
    UnicodeDecodeError('ascii', 'str', 0, 1, 'bad')
except TypeError as x:
    print('TypeError', x)
