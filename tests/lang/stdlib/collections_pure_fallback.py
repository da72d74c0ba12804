# collections without its C accelerator (CPython's tests block _collections with
# import_fresh_module): like CPython's, the package then has no deque and its helpers
# (Counter's counting loop, namedtuple's field getters and default module, OrderedDict's
# popitem(last=False)) are Python; it needed _collections and did not import.
import sys

sys.modules['_collections'] = None
for name in [m for m in sys.modules if m == 'collections' or m.startswith('collections.')]:
    del sys.modules[name]
import collections

print(hasattr(collections, 'deque'), 'deque' in collections.__all__)
od = collections.OrderedDict(a=1, b=2, c=3)
print(od.popitem(last=False), od.popitem(), od)
od.move_to_end('b', last=False)
try:
    collections.OrderedDict().popitem(last=False)
except KeyError as e:
    print('KeyError', e)
P = collections.namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p.x, p.y, P.__module__, P.x.__doc__, P._fields, p._replace(y=5))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError')
c = collections.Counter('abracadabra')
c.update(['a', 'z'])
print(c.most_common(3), c['z'])
print(collections.ChainMap({'a': 1}, {'b': 2})['b'])
