# A one- or two-key dict keyed by id(x) must not keep x alive: hash(id(x)) is x's
# address, and a small dict keeps its hashes inside its own (scanned) chunk, so the
# collector took that word for a reference (weakref never cleared, __del__ never run).
# Every way a key reaches a small dict: literals, d[k] = v, setdefault, update, kwargs-
# sized dicts, and a __hash__ returning id(self) on a key deleted later.
import gc
import weakref

class Obj:
    pass

class IdHash:
    def __hash__(self):
        return id(self)

def check(label, make):
    xs = [Obj(), Obj()]
    refs = [weakref.ref(x) for x in xs]
    d = make(xs)
    del xs
    gc.collect()
    print(label, [r() is None for r in refs], len(d))

check("literal 1", lambda xs: {id(xs[0]): 0})
check("literal 2", lambda xs: {id(xs[0]): 0, id(xs[1]): 1})
check("mixed literal", lambda xs: {"a": 0, id(xs[1]): 1})
def setitem(xs):
    d = {"a": 1}
    d[id(xs[0])] = 2
    return d
check("setitem", setitem)
def setdefault(xs):
    d = {"a": 1}
    d.setdefault(id(xs[1]), 3)
    return d
check("setdefault", setdefault)
def update(xs):
    d = {"a": 1}
    d.update({id(xs[0]): 1})
    return d
check("update", update)
def grow_shrink(xs):
    d = {id(xs[0]): 0, id(xs[1]): 1}
    for i in range(5):
        d[i] = i
    for i in range(5):
        del d[i]
    return d
check("grow and shrink", grow_shrink)

h = IdHash()
r = weakref.ref(h, lambda ref: print("IdHash collected"))
d = {"a": 1}
d[h] = 2
del d[h]
del h
gc.collect()
print("deleted key", r() is None, d)

memo = {}
x = Obj()
rx = weakref.ref(x)
memo = {id(x): "seen"}
print(memo[id(x)], len(memo))
del x
gc.collect()
print("memo", rx() is None, list(memo.values()))

# keyword-argument dicts and instance dicts of one or two entries are small dicts too
def kwargs(**kw):
    x = Obj()
    r = weakref.ref(x)
    kw[id(x)] = 1
    del x
    gc.collect()
    return r() is None, len(kw)
print("kwargs", kwargs(a=1), kwargs(a=1, b=2))
o = Obj()
o.a = 1
x = Obj()
rx = weakref.ref(x)
o.__dict__[id(x)] = 2
del x
gc.collect()
print("instance dict", rx() is None, len(vars(o)))
