# Instance dicts are presized from the attribute counts seen on earlier instances of the
# class: instances that get more (or fewer) attributes than the earlier ones, trees built
# inside __init__, subclasses, setattr/delattr/vars, all keep CPython's behaviour.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n

class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y

qs = [Q(i, i * 2) for i in range(100)]
for i, q in enumerate(qs):
    if i % 3 == 0:
        q.z = -i          # a third attribute on a presized two-entry dict
    if i % 5 == 0:
        q.w, q.v, q.u, q.t = 1, 2, 3, 4   # many more
    if i % 7 == 0:
        del q.x
print([list(vars(q)) for q in qs[:8]])
print(sum(q.y for q in qs), sum(getattr(q, "z", 0) for q in qs), sum(len(vars(q)) for q in qs))
print(vars(qs[35]), vars(qs[70]))

# counts that grow then shrink across instances
ps = [P(n) for n in (1, 2, 3, 7, 2, 0, 12, 1)]
print([len(vars(p)) for p in ps], [p.last for p in ps], list(vars(ps[6]))[-3:])

# a tree built inside __init__: children get their dicts before the parent is complete
class Node:
    def __init__(self, depth):
        self.left = Node(depth - 1) if depth else None
        self.right = Node(depth - 1) if depth else None
        self.depth = depth
        if depth % 2:
            self.odd = True

def count(n):
    return 0 if n is None else 1 + count(n.left) + count(n.right)

t = Node(6)
print(count(t), vars(t.left.left).keys(), hasattr(t.left, "odd"), hasattr(t, "odd"))

# subclasses share attribute stores through the base __init__
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2
class Sub(Base):
    def __init__(self):
        super().__init__()
        self.c = 3
        self.d = 4
objs = [Base() if i % 2 else Sub() for i in range(20)]
print([sorted(vars(o)) for o in objs[:3]], sum(o.a + o.b for o in objs))
s = Sub()
s.__dict__.update({"e": 5, "f": 6, "g": 7})
print(vars(s), s.g)
d = s.__dict__
del s.a
s.a = 0
print(list(d), d is vars(s))
s.__dict__.clear()
s.z = 1
print(vars(s))
