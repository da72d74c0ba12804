# selectors: registering, modifying and looking up file objects (bookkeeping, no waiting)
import selectors


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'F(%d)' % self.fd


print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
sel = selectors.SelectSelector()
a, b = F(5), F(7)
k = sel.register(a, selectors.EVENT_READ, data='A')
print(k)
print(k.fileobj is a, k.fd, k.events, k.data)
print(sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE))
print(sel.register(9, selectors.EVENT_WRITE))
m = sel.get_map()
print(len(m), sorted(m), m[a].data, 7 in m, a in m, F(5) in m)
print(sel.get_key(b).events)
for bad in [(a, 1), (F(6), 0), (F(6), 4), (F(-1), 1), ('x', 1), (-3, 1), (3.5, 1)]:
    try:
        sel.register(*bad)
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sel.modify(a, selectors.EVENT_READ, data='A2'))
print(sel.modify(a, selectors.EVENT_WRITE))
print(sel.get_key(a))
try:
    sel.modify(F(11), 1)
except KeyError as e:
    print('KeyError', e)
print(sel.unregister(b))
for op in (sel.unregister, sel.get_key):
    try:
        op(b)
    except KeyError as e:
        print('KeyError', e)
try:
    m[b]
except KeyError as e:
    print('KeyError', e)
print(len(m), list(m.keys()), [key.data for key in m.values()])
with selectors.SelectSelector() as s2:
    print(s2.select(0))
    s2.register(3, selectors.EVENT_READ)
print(s2.get_map())
try:
    s2.get_key(3)
except RuntimeError as e:
    print('RuntimeError', e)
sel.close()
print(sel.get_map())
key = selectors.SelectorKey('f', 1, 2, None)
print(key, key._fields)
try:
    selectors.BaseSelector()
except TypeError as e:
    print('TypeError', e)
