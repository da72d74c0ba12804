import weakref
try:
    from weakref import _collect as collect
except ImportError:
    import gc
    collect = gc.collect

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'K(%d)' % self.n

def churn():
    x = [[i] * 10 for i in range(1000)]
    return len(x)

def fill_values(d, keep):
    objs = [K(i) for i in range(50)]
    for i, o in enumerate(objs):
        d[i] = o
    keep.extend(objs[:5])

def fill_keys(d, keep):
    objs = [K(i) for i in range(50)]
    for o in objs:
        d[o] = o.n
    keep.extend(objs[:5])

def fill_set(s, keep):
    objs = [K(i) for i in range(50)]
    for o in objs:
        s.add(o)
    keep.extend(objs[:5])

def test():
    keep = []
    wv = weakref.WeakValueDictionary()
    fill_values(wv, keep)
    print(wv[0], 3 in wv, wv.get(1), sorted(wv.keys())[:5])
    churn()
    collect()
    print(len(wv) <= 8, sorted(wv.keys())[:5], wv.get(49, 'gone') in ('gone', keep[0]) or len(wv) > 5)
    print(sorted(v.n for v in wv.values())[:5], sorted(k for k, v in wv.items())[:5])
    try:
        wv[48] if len(wv) == 5 else (_ for _ in ()).throw(KeyError(48))
    except KeyError as e:
        print('KeyError', e)
    print(wv.pop(0), wv.setdefault(100, keep[1]), 100 in wv, wv.pop(1000, 'dflt'))

    wk = weakref.WeakKeyDictionary()
    fill_keys(wk, keep)
    print(wk[keep[5]], keep[5] in wk, wk.get(keep[6]), keep[0] in wk)
    churn()
    collect()
    print(len(wk) <= 8, sorted(k.n for k in wk.keys()), sorted(wk.values()))
    del wk[keep[7]]
    print(sorted(k.n for k, v in wk.items()), 1 in wk)

    ws = weakref.WeakSet()
    fill_set(ws, keep)
    print(keep[10] in ws, K(99) in ws, 1 in ws)
    churn()
    collect()
    print(len(ws) <= 10, sorted(k.n for k in ws)[:5])
    ws.discard(keep[10])
    ws.remove(keep[11])
    print(sorted(k.n for k in ws)[:3], len(ws | weakref.WeakSet([keep[0]])) >= 1)
    try:
        ws.remove(K(3))
    except KeyError:
        print('KeyError')

test()
