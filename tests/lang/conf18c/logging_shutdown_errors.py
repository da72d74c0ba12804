# logging.shutdown: a handler whose acquire/flush/close fails is still released;
# unittest.assertRaises accepts () and nested tuples
import logging
import unittest


class H(logging.Handler):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls

    def acquire(self):
        self.calls.append('acquire')

    def flush(self):
        self.calls.append('flush')

    def close(self):
        self.calls.append('close')

    def release(self):
        self.calls.append('release')


def boom(exc):
    def f():
        raise exc
    return f


for method in ('acquire', 'flush', 'close'):
    for exc in (OSError, ValueError, IndexError):
        calls = []
        h = H(calls)
        setattr(h, method, boom(exc))
        try:
            logging.shutdown([logging.weakref.ref(h)])
        except Exception as e:
            calls.append('raised ' + type(e).__name__)
        print(method, exc.__name__, calls)
logging.raiseExceptions = False
calls = []
h = H(calls)
h.flush = boom(IndexError)
logging.shutdown([logging.weakref.ref(h)])
print(calls)
calls = []
h = H(calls)
h.flushOnClose = False
logging.shutdown([logging.weakref.ref(h)])
print(calls)


class T(unittest.TestCase):
    def runTest(self):
        with self.assertRaises(()) as cm:
            pass


r = unittest.TestResult()
T().run(r)
print(r.failures[0][1].splitlines()[-1] if r.failures else r.errors)
tc = unittest.TestCase()
with tc.assertRaises((KeyError, (ValueError, (IndexError,)))):
    [][1]
for bad in ((1,), (KeyError, int), 'x'):
    try:
        tc.assertRaises(bad)
    except TypeError as e:
        print('TypeError', e)
