import copy

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        self.parent = None
    def add(self, c):
        c.parent = self; self.children.append(c); return c
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

root = Node(1)
a = root.add(Node(2)); a.add(Node(3)); root.add(Node(4))
sh = copy.copy(root)
dp = copy.deepcopy(root)
print(sh.children is root.children, dp.children is root.children, dp.children[0].parent is dp, dp)
dp.children[0].val = 99
print(root, dp)
nested = {"a": [1, [2, 3]], "b": {"c": (4, [5])}, "s": {1, 2}}
c1 = copy.copy(nested); c2 = copy.deepcopy(nested)
nested["a"][1].append("x"); nested["b"]["c"][1].append("y")
print(c1, c2, sep="\n")
lst = [1, 2]; lst.append(lst)
d = copy.deepcopy(lst); print(d[2] is d, d[2] is lst, len(d))
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy([1]) == [1])
class Custom:
    def __init__(self, x): self.x = x; self.cache = {"big": list(range(3))}
    def __copy__(self):
        print("__copy__ called"); n = Custom.__new__(Custom); n.x = self.x; n.cache = {}; return n
    def __deepcopy__(self, memo):
        print("__deepcopy__ called"); n = Custom(copy.deepcopy(self.x, memo)); return n
cu = Custom([1, 2])
print(copy.copy(cu).cache, copy.deepcopy(cu).x)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s = Slotted(); s2 = copy.deepcopy(s); s2.a.append(2); print(s.a, s2.a, s2.b)
class WithState:
    def __init__(self): self.v = 1; self.tmp = "t"
    def __getstate__(self): st = self.__dict__.copy(); del st["tmp"]; return st
    def __setstate__(self, st): self.__dict__.update(st); self.tmp = "restored"
w = copy.deepcopy(WithState()); print(w.v, w.tmp)
from dataclasses import dataclass, field
@dataclass
class Cfg:
    items: list = field(default_factory=list)
c = Cfg([1, {"k": [2]}]); cc = copy.deepcopy(c); cc.items[1]["k"].append(3); print(c, cc)
import collections
od = collections.OrderedDict(a=1, b=[2]); print(copy.deepcopy(od), copy.copy(collections.Counter("aab")))
dd = collections.defaultdict(list, x=[1]); dd2 = copy.deepcopy(dd); dd2["x"].append(2); dd2["y"]
print(dd, dd2)
print(copy.deepcopy(collections.deque([[1], [2]], maxlen=3)))
matrix = [[0] * 3] * 3; matrix[0][0] = 1; print(matrix)
matrix = [[0] * 3 for _ in range(3)]; m2 = copy.deepcopy(matrix); m2[1][1] = 5; print(matrix, m2)
class P:
    def __init__(self): self.f = lambda: 1
print(copy.deepcopy(P()).f())
import enum
class E(enum.Enum):
    A = 1
print(copy.deepcopy(E.A) is E.A, copy.deepcopy([E.A, int, len])[1:] == [int, len])
print(copy.replace if hasattr(copy, "replace") else "no replace")
