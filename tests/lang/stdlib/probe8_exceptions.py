import traceback, sys
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[1]}'
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(2, f'bad number {s!r}') from e
try:
    parse('x1')
except AppError as e:
    print(e, repr(e), e.args, e.code, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError('no ctx') from None
except ValueError as e:
    print(e.__suppress_context__, e.__context__)
def lines_of(exc):
    return [l for l in traceback.format_exception(exc) if not l.startswith('  File')]
try:
    parse('y')
except AppError as e:
    print(''.join(l for l in lines_of(e) if '^' not in l and not l.startswith('    ')))
print(traceback.format_exception_only(ValueError('v')), traceback.format_exception_only(SyntaxError('bad', ('f.py', 3, 5, 'x = = 1', 3, 6))))
e = ExceptionGroup('many', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k')])])
print(e, repr(e), len(e.exceptions), e.message)
m, rest = e.split(ValueError)
print(m, rest)
print(e.subgroup(lambda x: isinstance(x, KeyError)))
try:
    raise ExceptionGroup('eg', [ValueError('a'), TypeError('b')])
except* ValueError as g:
    print('caught V', g.exceptions)
except* TypeError as g:
    print('caught T', g.exceptions)
try:
    ExceptionGroup('x', [])
except ValueError as ex:
    print('ValueError', ex)
try:
    ExceptionGroup('x', [1])
except ValueError as ex:
    print('ValueError', ex)
err = OSError(2, 'No such file', 'f.txt')
print(err, err.errno, err.strerror, err.filename, type(err).__name__, repr(err))
print(OSError(5), OSError('a', 'b', 'c', 'd', 'e'), KeyError('k'), KeyError('a', 'b'), str(KeyError()), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
e = ValueError('base')
e.add_note('note 1'); e.add_note('note 2')
print(e.__notes__, ''.join(traceback.format_exception_only(e)))
def gen():
    try:
        yield 1
    finally:
        print('gen cleanup')
g = gen(); next(g); g.close()
try:
    raise StopIteration
except StopIteration as ex:
    print(repr(ex), ex.value)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError, ZeroDivisionError.__mro__[1].__name__)
try:
    assert 1 == 2, 'math broke'
except AssertionError as ex:
    print('AssertionError', ex)
try:
    sys.exit('bye')
except SystemExit as ex:
    print('SystemExit', ex.code)
