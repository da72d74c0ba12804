# An object is collected by the gc.collect() after its last reference is gone: weakrefs
# then return None, their callbacks have run, WeakValueDictionary and WeakSet entries
# are gone and weakref.finalize has run. What safepy guarantees: gc.collect() called
# from module level or from any depth of Python calls sees only the live operand slots
# of every waiting frame (the value stack above a frame's depth is dropped before the
# collection), and finished calls, for loops and caught exceptions leave no reference.
# Not guaranteed (not tested here): the C stack is scanned conservatively, so a word left
# there by C code, or a frame waiting in C code reached through an operator or attribute
# hook, can keep an object alive until a later collection.
import weakref, gc

class A:
    def __init__(self, name=""):
        self.name = name
    def __repr__(self):
        return "A(%s)" % self.name

log = []
def cb(ref):
    log.append("callback")

# module level, with a callback
a = A("m"); r = weakref.ref(a, cb)
del a
gc.collect()
print("module:", r(), log)

# inside a function; the weakref outlives the call
def make():
    b = A("f")
    return b, weakref.ref(b)
def inner():
    b, r2 = make()
    print("alive:", r2() is b)
    del b
    gc.collect()
    print("in function:", r2())
inner()

# collected from deeper frames: the waiting callers' dead slots do not pin it
def collect_deep(n):
    if n == 0:
        gc.collect()
        return 0
    return 1 + collect_deep(n - 1)
def caller():
    c = A("deep"); rc = weakref.ref(c)
    del c
    collect_deep(5)
    print("deep:", rc())
caller()

# a function's local dies with its frame
def local_only():
    c = A("l")
    return weakref.ref(c)
r3 = local_only()
gc.collect()
print("after return:", r3())

# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [A(str(i)) for i in range(5)]
for i, o in enumerate(objs):
    d[i] = o
print("wvd before:", len(d))
del o
del objs[1:4]
gc.collect()
print("wvd after:", len(d), sorted(d.keys()))

# WeakSet
s = weakref.WeakSet()
items = [A(str(i)) for i in range(4)]
for it in items:
    s.add(it)
del it
print("weakset before:", len(s))
items.pop(); items.pop(0)
gc.collect()
print("weakset after:", len(s), sorted(x.name for x in s))

# weakref.finalize runs at collect
def fin(what):
    print("finalized", what)
e = A("fin")
fz = weakref.finalize(e, fin, "e")
print("finalizer alive:", fz.alive)
del e
gc.collect()
print("finalizer alive after:", fz.alive)

# an object used as a call argument and in an expression statement
def show(x):
    return x.name
t = A("tmp"); rt = weakref.ref(t)
show(t)
t.name
del t
gc.collect()
print("temporary:", rt())

# an object met by a finished for loop
box = [A("loop")]; rl = weakref.ref(box[0])
for x in box:
    pass
del x, box
gc.collect()
print("loop:", rl())

# an object carried by a caught exception
class E(Exception):
    pass
def raiser(o):
    raise E(o)
o2 = A("exc"); re_ = weakref.ref(o2)
try:
    raiser(o2)
except E:
    pass
del o2
gc.collect()
print("exception:", re_())

# an object read by a property getter and by a method called through a bound method
class P:
    @property
    def me(self):
        return self
    def get(self):
        return self
p = P(); rp = weakref.ref(p)
p.me; p.get()
del p
gc.collect()
print("property:", rp())

# a context manager after its with statement (the loop keeps its bound __exit__ only in
# the value stack)
class CM:
    def __enter__(self):
        return None
    def __exit__(self, *exc):
        return False
def with_block():
    m = CM(); rm = weakref.ref(m)
    with m:
        pass
    del m
    return rm
rm = with_block()
gc.collect()
print("with:", rm())

# a generator that finished, or was closed, no longer holds its locals (the generator
# object itself is still referenced)
def gen(o):
    yield 1
    yield 2
def run_gen(close):
    g1 = A("gen"); rg = weakref.ref(g1)
    it = gen(g1)
    del g1
    next(it)
    if close:
        it.close()
    else:
        list(it)
    gc.collect()
    print("generator closed" if close else "generator finished", rg(), it.gi_frame)
run_gen(False)
run_gen(True)
g2 = A("unstarted"); rg2 = weakref.ref(g2)
it2 = gen(g2)
del g2
it2.close()
gc.collect()
print("unstarted generator closed:", rg2())

# cycles are collected too, with callbacks
class Node:
    pass
n1 = Node(); n2 = Node(); n1.other = n2; n2.other = n1
rn = weakref.ref(n1, cb)
del n1, n2
gc.collect()
print("cycle:", rn(), log)
