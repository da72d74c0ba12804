class MyError(Exception):
    def __str__(self):
        return 'custom message'
class Empty(Exception):
    pass
import sys
try:
    raise Empty()
except Empty as e:
    sys.excepthook(type(e), e, e.__traceback__)
raise MyError(1, 2)
