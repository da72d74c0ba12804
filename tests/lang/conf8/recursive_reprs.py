import collections
l = [1, 2]; l.append(l); print(l, repr(l), str(l))
d = {}; d["me"] = d; d["l"] = l; print(d)
t = ([],); t[0].append(t); print(t)
s = [[]]; s[0].append(s); print(s)
a = []; b = [a]; a.append(b); print(a, b)
od = collections.OrderedDict(); od["x"] = od; print(od)
dq = collections.deque([1]); dq.append(dq); print(dq)
dd = collections.defaultdict(list); dd["k"].append(dd); print(dd)
class Node:
    def __init__(self, v): self.v, self.next = v, None
    def __repr__(self): return f"Node({self.v}, {self.next!r})"
n1 = Node(1); n2 = Node(2); n1.next = n2
print(n1)
n2.next = n1
try:
    repr(n1)
except RecursionError as e:
    print("RecursionError")
class Dict2(dict):
    pass
x = Dict2(); x[1] = x; print(x)
class L2(list):
    def __repr__(self): return "L2" + super().__repr__()
y = L2([1]); y.append(y); print(y)
ns = __import__("types").SimpleNamespace(a=1); ns.me = ns; print(ns)
print(str(d.keys())[:40], str(d.values())[:40], d.items())
c = collections.Counter(); c["x"] = 1; print(c)
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
class Rec:
    @reprlib.recursive_repr()
    def __repr__(self): return f"Rec({self.child!r})"
r = Rec(); r.child = [r]
print(r)
