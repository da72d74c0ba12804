# functools: singledispatch orders virtual (registered / __subclasshook__) ABC bases by
# CPython's composed C3 MRO (_compose_mro, _c3_mro; ambiguity errors), partial's
# __setstate__ shares an exact args tuple and None empties __dict__, max/min docstrings
# start with their signatures (update_wrapper(w, max)).
import copy
import functools, collections, collections.abc as c
from itertools import permutations
mro = functools._compose_mro
names = lambda m: [t.__name__ for t in m]
for haystack in permutations([c.Sequence, c.MutableMapping, c.Mapping, c.Set]):
    assert mro(dict, haystack) == [dict, c.MutableMapping, c.Mapping, c.Collection, c.Sized, c.Iterable, c.Container, object]
print(names(mro(dict, [c.Sequence, c.MutableMapping, c.Mapping, c.Set])))
print(names(mro(collections.ChainMap, [c.Container, c.Mapping, c.MutableMapping, collections.OrderedDict])))
print(names(mro(collections.defaultdict, [c.Sized, c.Container, str])))
class A: pass
class B(A):
    def __len__(self): return 0
@c.Container.register
class C: pass
class D: pass
c.MutableSequence.register(D)
class E(B, C, D): pass
print(names(functools._c3_mro(E)))
class X(D, C, B):
    def __call__(self): pass
for abcs in permutations([c.Sized, c.Callable, c.Container]):
    print(names(functools._c3_mro(X, abcs=abcs)))
print(names(functools._c3_mro(X, abcs=[c.Mapping, c.Sized, c.Callable, c.Container, c.Iterable])))
try: functools._c3_mro(E, abcs=[c.Sized, c.Container, c.MutableSequence])
except RuntimeError as e: print('RuntimeError', e)
@functools.singledispatch
def g(arg): return "base"
class O(c.Sized):
    def __len__(self): return 0
o = O()
print(g(o))
g.register(c.Iterable, lambda arg: "iterable")
g.register(c.Container, lambda arg: "container")
g.register(c.Sized, lambda arg: "sized")
g.register(c.Set, lambda arg: "set")
print(g(o))
c.Iterable.register(O); print(g(o))
c.Container.register(O); print(g(o))
c.Set.register(O); print(g(o))
class P: pass
p = P()
print(g(p))
c.Iterable.register(P); print(g(p))
c.Container.register(P)
try: g(p)
except RuntimeError as e: print('RuntimeError', str(e).replace(__name__, 'M'))
class Q(c.Sized):
    def __len__(self): return 0
q = Q()
print(g(q))
c.Set.register(Q); print(g(q))
@functools.singledispatch
def h(arg): return "base"
h.register(c.Sequence, lambda a: "sequence")
h.register(c.MutableMapping, lambda a: "mapping")
h.register(c.Set, lambda a: "set")
print(h([]), h({}), h(set()), h(frozenset()), h(()), h(collections.OrderedDict()), h(collections.deque()), h(1))
def capture(*a, **k): return a, k
def signature(part):
    return (part.func, part.args, part.keywords, part.__dict__)
f = functools.partial(signature, ['asdf'], bar=[True])
f.attr = []
g = copy.copy(f)
print(g.attr is f.attr, g.args is f.args, g.keywords is f.keywords, g.args == f.args)
print(f.__reduce__()[0].__name__, len(f.__reduce__()[2]))
f = functools.partial(capture)
f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(signature(f)[1:], f(2, b=20))
f.__setstate__((capture, (1,), dict(a=10), None))
print(signature(f)[1:], f(2, b=20))
f.__setstate__((capture, (1,), None, None))
print(signature(f)[1:], f(2, b=20))
t = (1, 2)
print(tuple(t) is t)
def wrapper(): pass
functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.splitlines()[:2], wrapper.__annotations__)
print(min.__doc__.splitlines()[0])
