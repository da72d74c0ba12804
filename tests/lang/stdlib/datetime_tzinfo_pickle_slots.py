# tzinfo subclasses pickle their __slots__ values too (tzinfo.__reduce__ takes the state
# from __getstate__, as CPython's C tzinfo); __getinitargs__ gives the arguments.
import pickle
from datetime import tzinfo, timedelta
class FixedOffset(tzinfo):
    def __init__(self, offset, name, dstoffset=42):
        if isinstance(offset, int):
            offset = timedelta(minutes=offset)
        self.__offset = offset
        self.__name = name
    def utcoffset(self, dt):
        return self.__offset
    def tzname(self, dt):
        return self.__name
class P(FixedOffset):
    def __init__(self, offset=None, name=None, dstoffset=None):
        FixedOffset.__init__(self, offset, name, dstoffset)
class PS(P):
    __slots__ = '_FixedOffset__offset', '_FixedOffset__name', 'spam'
for cls in (P, PS):
    o = cls(timedelta(minutes=-300), 'cookie')
    state = o.__reduce__()[2]
    if isinstance(state, tuple):
        state = (state[0], sorted(state[1].items()))
    else:
        state = sorted(state.items())
    print(o.__reduce__()[0].__name__, o.__reduce__()[1], state)
    for proto in range(6):
        b = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(b).__name__, b.utcoffset(None), b.tzname(None), hasattr(b, 'spam'))
class E(tzinfo):
    pass
print(E().__reduce__())
class G(tzinfo):
    def __getinitargs__(self):
        return (1, 2)
    def __init__(self, *a):
        self.a = a
g = G(1, 2)
print(g.__reduce__()[1:], pickle.loads(pickle.dumps(g)).a)
