# A generator keeps its own 'exception being handled' across yields; its resumer's is
# restored while it is suspended (sys.exc_info inside and outside).
import sys
def g():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
print(repr(next(it)))
try:
    raise ValueError('caller1')
except ValueError:
    print(repr(next(it)))
try:
    raise TypeError('caller2')
except TypeError:
    print(repr(next(it)))
print(sys.exc_info())
def h():
    yield sys.exc_info()[1]
    try:
        raise IndexError('x')
    except IndexError:
        pass
    yield sys.exc_info()[1]
try:
    raise ValueError('outer')
except ValueError:
    it = h()
    print(repr(next(it)), repr(next(it)))
