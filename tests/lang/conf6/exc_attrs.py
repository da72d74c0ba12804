def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
e = OSError(2, 'No such file', 'f.txt')
t(lambda: (e.errno, e.strerror, e.filename, str(e), type(e).__name__)); t(lambda: OSError(2, 'x').__class__.__name__); t(lambda: str(OSError('just msg'))); t(lambda: str(OSError(1, 2, 3, 4, 5)))
t(lambda: str(OSError(13, 'Perm', 'a', None, 'b'))); t(lambda: type(OSError(17, 'exists')).__name__); t(lambda: IOError is OSError); t(lambda: EnvironmentError is OSError)
t(lambda: str(KeyError('k'))); t(lambda: str(KeyError())); t(lambda: repr(ValueError('a', 'b'))); t(lambda: str(ValueError('a', 'b'))); t(lambda: ValueError('x').args); t(lambda: repr(Exception()))
t(lambda: StopIteration(5).value); t(lambda: StopIteration().value); t(lambda: SystemExit(3).code); t(lambda: SystemExit().code); t(lambda: SystemExit(1, 2).code)
t(lambda: ImportError('m', name='n', path='p').name); t(lambda: str(ImportError('m', name='n'))); t(lambda: ModuleNotFoundError('x').msg); t(lambda: ImportError(x=1))
t(lambda: AttributeError('a', name='nm', obj=1).name); t(lambda: NameError('n', name='q').name)
se = SyntaxError('msg', ('f.py', 3, 5, 'bad line\n', 3, 8))
t(lambda: (se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se)))
t(lambda: str(SyntaxError('m'))); t(lambda: str(SyntaxError('m', ('f', 1, 2, 'x')))); t(lambda: SyntaxError('m', 5))
ue = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
t(lambda: str(ue)); t(lambda: (ue.start, ue.end, ue.object)); t(lambda: str(UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'))); t(lambda: UnicodeDecodeError('x'))
t(lambda: str(UnicodeTranslateError('é', 0, 1, 'no'))); t(lambda: str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'r')))
ex = ValueError('base')
t(lambda: ex.with_traceback(None) is ex); t(lambda: ex.__traceback__); t(lambda: ex.__notes__ if hasattr(ex, '__notes__') else 'no notes'); ex.add_note('n1'); t(lambda: ex.__notes__); t(lambda: ex.add_note(5))
t(lambda: BaseException.__new__(ValueError).args); t(lambda: issubclass(KeyboardInterrupt, Exception)); t(lambda: issubclass(StopAsyncIteration, Exception)); t(lambda: ZeroDivisionError.__mro__)
t(lambda: [c.__name__ for c in ArithmeticError.__subclasses__()]); t(lambda: issubclass(ModuleNotFoundError, ImportError)); t(lambda: issubclass(RecursionError, RuntimeError)); t(lambda: issubclass(TimeoutError, OSError))
t(lambda: issubclass(BrokenPipeError, ConnectionError)); t(lambda: issubclass(UnboundLocalError, NameError)); t(lambda: issubclass(IndentationError, SyntaxError)); t(lambda: issubclass(TabError, IndentationError)); t(lambda: issubclass(EncodingWarning, Warning))
t(lambda: ExceptionGroup('m', [ValueError(1)]).exceptions); t(lambda: ExceptionGroup('m', [])); t(lambda: ExceptionGroup('m', [1])); t(lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__); t(lambda: type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
eg = ExceptionGroup('top', [ValueError('a'), TypeError('b'), ExceptionGroup('sub', [ValueError('c')])])
t(lambda: eg.split(ValueError)); t(lambda: eg.subgroup(TypeError)); t(lambda: str(eg)); t(lambda: repr(eg)); t(lambda: eg.derive([KeyError()]))
try:
    raise eg
except* ValueError as g:
    print("V", repr(g))
except* TypeError as g:
    print("T", repr(g))
def ctx():
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise ValueError('outer')
        except ValueError as e2:
            return (repr(e2.__context__), e2.__cause__, e2.__suppress_context__)
t(ctx)
class CustomInit(Exception):
    def __init__(self, a, b):
        self.a = a
t(lambda: CustomInit(1, 2).args); t(lambda: str(CustomInit(1, 2))); t(lambda: CustomInit(1))
class WithStr(Exception):
    def __str__(self): return 'custom str'
t(lambda: repr(WithStr('x'))); t(lambda: str(WithStr('x')))
try:
    raise 5
except TypeError as te:
    print(te)
try:
    raise ValueError from 5
except TypeError as te:
    print(te)
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as te:
    print(te)
e = UnicodeTranslateError('abc', 0, 2, 'rr'); print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
print(UnicodeTranslateError('\U0001f600', 0, 1, 'x'))
print(repr(str(UnicodeTranslateError('a', 5, 9, 'x'))))
try: UnicodeTranslateError('a')
except Exception as ex: print(type(ex).__name__, ex)
try: UnicodeTranslateError(b'a', 0, 1, 'x')
except Exception as ex: print(type(ex).__name__, ex)
print(repr(UnicodeTranslateError('é', 0, 1, 'no')))
