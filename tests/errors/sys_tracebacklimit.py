# sys.tracebacklimit limits the entries of a report to the most recent ones; 0 or less
# leaves out the whole traceback (header included); a non-int value is ignored.
import sys


def f():
    1 / 0


def g():
    f()


def h():
    g()


def report(limit):
    sys.tracebacklimit = limit
    try:
        h()
    except ZeroDivisionError as e:
        print('limit', repr(limit), file=sys.stderr)
        sys.__excepthook__(type(e), e, e.__traceback__)


for limit in (1, 2, 0, -5, 10**30, -10**30, 'x', True, 3.5):
    report(limit)
del sys.tracebacklimit
report(None)
try:
    h()
except ZeroDivisionError:
    sys.tracebacklimit = 2
    raise KeyError('chained')
