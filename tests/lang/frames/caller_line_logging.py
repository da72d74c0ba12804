# logging's findCaller (stacklevel=2) and inspect.stack() from a property and a dunder name
# the caller's current line
import logging, inspect, sys
logging.basicConfig(format="%(lineno)d %(funcName)s %(message)s", stream=sys.stdout)
log = logging.getLogger("x")
class A:
    @property
    def p(self):
        log.warning("from property", stacklevel=2)
        return inspect.stack()[1].lineno
def f():
    len([])
    a = A()
    len([])
    return a.p
print(f())
class B:
    def __eq__(self, o):
        log.warning("from __eq__", stacklevel=2)
        return inspect.stack()[1].lineno
def g():
    b = B()
    len([])
    return b == 1
print(g())
