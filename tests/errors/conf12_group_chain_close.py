# The frame of an exception group is closed ("+----...") after its last sub-exception
# even when that sub-exception's chain (context or cause) holds a group of its own.
import sys


def report(exc):
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('in handler')
except BaseException as e:
    report(e)

inner = ExceptionGroup('inner', [TypeError('t'), ValueError('v')])
last = RuntimeError('last')
last.__cause__ = inner
report(ExceptionGroup('outer', [OSError('first'), last]))

try:
    raise ExceptionGroup('g2', [ValueError(2), TypeError(3)])
except* ValueError:
    raise NameError('from value handler')
