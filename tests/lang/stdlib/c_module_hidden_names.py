# Names CPython's C modules export that safepy defines in Python: unmodified code
# importing them from the C module (CPython's own collections, weakref, functools) works.
from _weakref import proxy, getweakrefcount, getweakrefs, ProxyType, CallableProxyType
from _weakref import _remove_dead_weakref, ref
from _collections import defaultdict, OrderedDict, deque
import collections, weakref, _weakref, _collections
print(defaultdict is collections.defaultdict, OrderedDict is collections.OrderedDict, proxy is weakref.proxy)


class O:
    pass


o = O()
o.v = 3
p = proxy(o)
print(p.v, type(p) is ProxyType, getweakrefcount(o) >= 0, isinstance(getweakrefs(o), list))
d = {'k': ref(o)}
_remove_dead_weakref(d, 'k')
_remove_dead_weakref(d, 'missing')
print(list(d))
for mod, name in ((_weakref, 'nothing'), (_collections, 'Counter')):
    try:
        getattr(mod, name)
    except AttributeError as e:
        print(e)
try:
    from _collections import nope
except ImportError as e:
    print(e)
from _functools import _lru_cache_wrapper
from collections import namedtuple
Info = namedtuple('Info', 'hits misses maxsize currsize')
w = _lru_cache_wrapper(lambda x, y=0: x + y, 2, False, Info)
print(w(1), w(1), w(1, y=2), w(1, y=2), w.cache_info())
try:
    _lru_cache_wrapper(len, 2, False)
except TypeError as e:
    print(type(e).__name__)
