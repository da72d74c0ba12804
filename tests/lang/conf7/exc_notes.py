import sys, traceback
try:
    raise ValueError('x')
except ValueError as e:
    e.add_note('note 1')
    e.add_note('note 2')
    print(e.__notes__, str(e), repr(e))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
e = KeyError('k')
e.__notes__ = 'notalist'
try:
    e.add_note('x')
except TypeError as ex:
    print(ex)
e = ValueError('v'); e.add_note('hello')
print(traceback.format_exception_only(type(e), e))
print(''.join(traceback.format_exception(e)))
def f():
    raise RuntimeError('deep')
try:
    f()
except RuntimeError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno > 0)
        tb = tb.tb_next
    print(n)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return f'E({self.args[0]}, {self.b})'
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.args)
print(repr(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception('a')), repr(KeyError('a')), str(KeyError('a')), str(KeyError()))
print(str(OSError(2, 'No such')), repr(OSError(2, 'x')), OSError(2, 'x').errno, type(OSError(2, 'x')).__name__, OSError(2, 'x', 'f').filename, str(OSError(2, 'x', 'f')))
print(type(OSError(13, 'perm')).__name__, type(OSError(17, 'e')).__name__, isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
e = ImportError('m', name='n', path='p'); print(e.name, e.path, e.msg, str(e))
e = AttributeError('a', name='nm', obj=1); print(e.name, e.obj)
e = NameError('x', name='q'); print(e.name)
try:
    BaseException(1, x=1)
except TypeError as ex:
    print(ex)
class Weird(Exception):
    pass
w = Weird('a'); w.args = ('b', 'c'); print(w, repr(w))
w.args = [1]; print(w.args)
print(BaseException.__new__(ValueError).args)
