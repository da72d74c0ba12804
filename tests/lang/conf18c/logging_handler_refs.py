# logging keeps its handlers weakly: _handlers is a WeakValueDictionary, _handlerList
# holds weak references; shutdown() takes a list of weak references, newest first
import gc
import logging


class H(logging.Handler):
    def __init__(self, tag, calls):
        super().__init__()
        self.tag, self.calls = tag, calls

    def acquire(self):
        self.calls.append(self.tag + ' acquire')

    def flush(self):
        self.calls.append(self.tag + ' flush')

    def close(self):
        self.calls.append(self.tag + ' close')
        super().close()

    def release(self):
        self.calls.append(self.tag + ' release')


print(type(logging._handlers).__name__, type(logging.weakref).__name__)
calls = []
a, b = H('a', calls), H('b', calls)
print(all(isinstance(r, logging.weakref.ref) for r in logging._handlerList))
print(a in [r() for r in logging._handlerList])
logging.shutdown(handlerList=[logging.weakref.ref(a), logging.weakref.ref(b)])
print(calls)
n = len(logging._handlerList)
c = H('c', [])
c.set_name('named')
print(len(logging._handlerList) - n, logging._handlers['named'] is c)
del c
gc.collect()
print(len(logging._handlerList) - n, 'named' in logging._handlers)


def boom():
    raise OSError('x')


calls = []
d = H('d', calls)
d.flush = boom
logging.shutdown([logging.weakref.ref(d)])
print(calls)
