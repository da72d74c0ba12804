# '%c' takes any __index__ object (str and bytes); a deque subclass pickles with its
# __dict__/__slots__ state; defaultdict's repr shows '...' for a factory that reprs the
# dict itself; UserString.encode(None, None); property.__set_name__ arity message;
# random._e (CPython names found by its test suite).
class I:
    def __index__(self): return 109
class Big:
    def __index__(self): return 1 << 70
class Bad:
    def __index__(self): raise ValueError('boom')
class Neg(int): pass
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for v in (I(), Big(), Bad(), Neg(65), 3.0, 'ab', '', 0x110000, -1, True, [1], None, b'x'):
    t(lambda: '%c' % v); t(lambda: b'%c' % v); t(lambda: bytearray(b'%c') % (v,))
import pickle, copy
from collections import deque, defaultdict, UserString
class I:
    def __index__(self): return 109
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: '%c' % I()); t(lambda: b'%c' % I()); t(lambda: '%c' % 3.0); t(lambda: '%c' % 'ab'); t(lambda: '%c' % 0x110000)
class Deque(deque): pass
class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')
for cls in Deque, DequeWithSlots:
    for d in cls('abc'), cls('abcde', maxlen=4):
        d.x = ['x']; d.z = ['z']
        for proto in (0, 2, 4):
            e = pickle.loads(pickle.dumps(d, proto))
            t(lambda: (type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, 'y')))
        e = copy.copy(d); t(lambda: (type(e).__name__, list(e), e.maxlen, getattr(e, 'x', None)))
        e = copy.deepcopy(d); t(lambda: (type(e).__name__, list(e), e.maxlen, getattr(e, 'x', None)))
        t(lambda: (d.__reduce_ex__(2)[2], list(d.__reduce_ex__(2)[3])))
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
t(lambda: repr(sub()).split(' at ')[0])
t(lambda: UserString('abc').encode(None, None))
t(lambda: 'abc'.encode(None, None) if False else 0)
class P:
    x = property(lambda s: 1)
t(lambda: P.__dict__['x'].__set_name__())
t(lambda: property().__set_name__(1))
import random
t(lambda: random._e)

# deque.__reduce__ iterates with the subclass's own __iter__
import pickle
from collections import deque
class DequeWithBadIter(deque):
    def __iter__(self):
        raise TypeError
class Rev(deque):
    def __iter__(self):
        return reversed(list(deque.__iter__(self)))
for d in DequeWithBadIter('abc'), DequeWithBadIter('abc', 2):
    try: pickle.dumps(d, 2); print('pickled')
    except TypeError as e: print('TypeError', e)
print(list(pickle.loads(pickle.dumps(Rev('abc'), 4))), list(pickle.loads(pickle.dumps(deque('abc', 2)))))
class Deque(deque): pass
d = Deque('abc'); d.append(d); e = pickle.loads(pickle.dumps(d, 4)); print(e.pop() is e, list(e))
