# OrderedDict: iterators over its views pickle (the items left), views stored in the dict
# repr as "...", copy.copy/deepcopy/pickle keep instance attributes and __slots__ values
# (through __reduce__ and __getstate__, as CPython's); views ignore an overridden __iter__.
import copy
import pickle
from collections import OrderedDict
od = OrderedDict([('c', 1), ('b', 2), ('a', 3), ('d', 4)])
for name in ('keys', 'values', 'items'):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(getattr(od, name)())
        next(it)
        back = pickle.loads(pickle.dumps(it, proto))
        print(name, proto, list(back), list(it))
od.x = ['x']
dup = copy.copy(od)
print(dup, dup.x is od.x, type(dup).__name__)
deep = copy.deepcopy(od)
print(deep, deep.x == od.x, deep.x is od.x)
class Sub(OrderedDict):
    def __iter__(self):
        yield 'nope'
s = Sub(a=1, b=2)
print(list(s.keys()), list(s.items()), list(s.values()), list(reversed(s.keys())))
print(copy.copy(s) == s, type(copy.copy(s)).__name__)
it = reversed(od.items())
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(reversed(od)), list(reversed(od.values())))
# views inside themselves, and instance slots through copy and pickle
for name in ('values', 'items', 'keys'):
    o = OrderedDict()
    o[42] = getattr(o, name)()
    print(repr(o), repr(o[42]))
class Slotted(OrderedDict):
    __slots__ = ('x', 'y')
s = Slotted([('a', 1)])
s.x = ['x']
c = copy.copy(s)
print(c, c.x is s.x, hasattr(c, 'y'))
d = copy.deepcopy(s)
print(d, d.x == s.x, d.x is s.x)
import __main__
__main__.Slotted = Slotted
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(s, proto))
    print(proto, p, p.x)
print(OrderedDict().__reduce__()[2], od.__reduce__()[2])
