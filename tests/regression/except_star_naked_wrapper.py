# except* on a naked exception wrapped it in a group carrying the exception's traceback (CPython 3.11's wrapper has none, so the re-raised report showed extra frames); RecursionError texts of deep groups differed
import traceback


def f():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print('naked', repr(e), e.__traceback__ is None)
        raise


def g():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


for fn in (f, g):
    try:
        fn()
    except BaseException as e:
        print(''.join(traceback.format_exception(e)).replace(__file__, 'F'), end='')
x = ValueError(0)
for i in range(3000):
    x = ExceptionGroup('n', [x])
try:
    x.split(ValueError)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    try:
        raise x
    except* ValueError:
        print('not reached')
except RecursionError as e:
    print(type(e).__name__, e)
