# traceback.TracebackException equality: by the captured summary (a limit that cuts
# nothing does not matter; one that cuts frames does)
import sys
import traceback


def f(n):
    if n == 0:
        raise ValueError('deep')
    f(n - 1)


try:
    try:
        f(6)
    except ValueError as e:
        raise KeyError('outer') from e
except KeyError:
    info = sys.exc_info()
a = traceback.TracebackException(*info)
b = traceback.TracebackException(*info)
c = traceback.TracebackException(*info, limit=300)
d = traceback.TracebackException(*info, limit=3)
print(a is b, a == b, a == c, a == d, a != d, a == object(), a.__eq__(5))
print(a.__cause__ == b.__cause__, a.__cause__ == d.__cause__, len(d.__cause__.stack))
print(a == traceback.TracebackException.from_exception(info[1]))
try:
    f(1)
except ValueError as e:
    other = traceback.TracebackException.from_exception(e)
print(a == other, a.__cause__ == other)
