# Instance __dict__s of up to 5 attributes have no index table (kernel/hindex.h): the
# attribute caches, deletion (a hole in the entries), re-adding, growth past 5 (the table
# is built), vars()/__dict__ identity, __class__ assignment, copy, pickle and dir() must
# not notice.
import copy
import pickle

class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
    def total(self):
        return self.a + self.b + self.c

class Q(P):
    pass

ps = [P(i, i + 1, i + 2) if i % 2 else Q(i, -i, 2 * i) for i in range(6)]
print([p.total() for p in ps], [p.b for p in ps])
p = ps[1]
d = p.__dict__
print(d is vars(p), d)
del p.b
print(hasattr(p, "b"), d, list(d))
try:
    p.b
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.b
except AttributeError as e:
    print("AttributeError", e)
p.b = "again"
print(d, list(d), p.b)
for name in "defgh":  # past 5 attributes: the table is built, order is kept
    setattr(p, name, name.upper())
print(d is p.__dict__, list(d), p.a, p.h, p.total() if False else p.c)
del p.a, p.d
print(list(vars(p)), "a" in d, p.e)

# the attribute caches see deletion and re-adding in another instance of the class
q = P(1, 2, 3)
for k in range(3):
    print(q.total(), end=" ")
    if k == 0:
        del q.a
        q.a = 10
    if k == 1:
        q.__dict__["c"] = 100
print()

# __dict__ written through the mapping, then read as attributes
r = Q(1, 2, 3)
r.__dict__.pop("b")
r.__dict__["z"] = 26
print(vars(r), r.z, getattr(r, "b", "no b"))

# __class__ assignment keeps the dict
class R:
    def total(self):
        return "R: %s" % sorted(self.__dict__)
r.__class__ = R
print(r.total(), r.z, type(r).__name__)

# copy and pickle of small-dict instances
s = P(4, 5, 6)
del s.b
s.x = 7
c1 = copy.copy(s)
c2 = copy.deepcopy(s)
c3 = pickle.loads(pickle.dumps(s))
c1.a = "changed"
print(vars(s), vars(c1), vars(c2), vars(c3), c3.total.__name__)
print([n for n in dir(s) if not n.startswith("__")])

# __dict__ replaced by another dict, then attributes stored and deleted
t = P(1, 2, 3)
t.__dict__ = {"only": 1}
t.more = 2
del t.only
print(vars(t), hasattr(t, "a"))
