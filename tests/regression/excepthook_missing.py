# with sys.excepthook deleted, the uncaught exception report lacked CPython's "sys.excepthook is missing" line
import sys
print('start')
del sys.excepthook
raise KeyError(1)
