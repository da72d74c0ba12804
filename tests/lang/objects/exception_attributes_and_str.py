# Exception args/str/repr, and the extra attributes of particular exception types.
print(repr(ValueError()), repr(ValueError('x')), repr(ValueError(1, 2)), str(ValueError(1, 2)))
print(str(ValueError()), str(KeyError('k')), repr(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()))
e = OSError(2, 'nf')
print(e, type(e).__name__, e.errno, e.strerror, e.filename, OSError('x').errno)
e = OSError(13, 'denied', 'f.txt')
print(type(e).__name__, e, e.filename, e.args)
print(type(OSError(17, 'x')).__name__, type(OSError(21, 'x')).__name__, type(OSError(20, 'x')).__name__)
print(type(OSError(99, 'x')).__name__, str(OSError(2)), str(OSError(1, 2, 3, 4, 5)))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration(9).value, StopIteration().value)
print(ImportError('m', name='n').name, ImportError('m').path, str(ImportError('m', name='x')), ModuleNotFoundError('q').msg)
try:
    ImportError('m', foo='x')
except TypeError as e:
    print(e)
se = SyntaxError('bad', ('dir/f.py', 3, 4, 'x = (', 3, 5))
print(se, se.lineno, se.offset, se.text, se.filename, se.msg, se.end_lineno, se.args)
print(str(SyntaxError('bad')), SyntaxError().msg, str(IndentationError('x', (None, 2, 1, '', 2, 1))))
print(AttributeError('a', name='n', obj=1).obj, NameError('a', name='n').name, AttributeError('q').name)
for cls in (BaseException, ValueError):
    try:
        cls(x=1)
    except TypeError as e:
        print(e)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
print(str(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range(128)')))
print(str(UnicodeEncodeError('ascii', 'ab\u20ac', 2, 3, 'nope')), UnicodeEncodeError('ascii', 'ab', 0, 2, 'r').start)
e = ValueError('t')
print(e.with_traceback(None) is e, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.add_note('n1')
e.add_note('n2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
for bad in (lambda: setattr(e, '__cause__', 1), lambda: setattr(e, '__context__', 'x'),
            lambda: setattr(e, '__traceback__', 2)):
    try:
        bad()
    except TypeError as err:
        print(err)
e.args = [1, 2]
print(e.args, e)
print(BaseException.__doc__, ValueError.__doc__, [c.__name__ for c in ValueError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__], issubclass(RecursionError, RuntimeError))
print(issubclass(TabError, SyntaxError), issubclass(UnicodeDecodeError, ValueError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(ModuleNotFoundError, ImportError))
