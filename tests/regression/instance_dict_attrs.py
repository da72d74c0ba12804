# Instance attribute storage: order, deletion, re-adding, vars() and __dict__ identity,
# __dict__ assignment, many attributes, sibling classes sharing attribute caches.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
print(vars(p), p.__dict__ is vars(p), p.__dict__ is p.__dict__)
d = p.__dict__
p.c = 3
print(d, d is p.__dict__)
del p.a
print(vars(p))
p.a = 10
print(vars(p), p.a)
try:
    del p.zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.zz
except AttributeError as e:
    print(type(e).__name__, e)
d["new"] = 5
print(p.new)
p.__dict__ = {"x": 1}
print(vars(p), d)
try:
    p.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# many attributes: growth past 5, 10, 21 entries
class M:
    pass
m = M()
for i in range(30):
    setattr(m, "f%d" % i, i)
    if i in (4, 5, 9, 10, 20, 21):
        print(i, len(vars(m)), list(vars(m))[-2:])
for i in range(0, 30, 4):
    delattr(m, "f%d" % i)
print(len(m.__dict__), list(m.__dict__)[:5], m.f1, m.f29)

# sibling classes with different attribute orders, read through one call site
class A:
    def __init__(self):
        self.x = 1
        self.y = 2
class B:
    def __init__(self):
        self.y = 20
        self.x = 10
class C(A):
    def __init__(self):
        super().__init__()
        del self.x
        self.x = 100

def total(objs):
    t = 0
    for o in objs:
        t += o.x * 1000 + o.y
    return t

objs = [A(), B(), C()] * 50
print(total(objs))
objs[1].__dict__.clear()
objs[1].x = 7
objs[1].y = 8
print(total(objs), vars(objs[1]), vars(objs[2]))

# many instances keep their own values
ps = [P(i, -i) for i in range(1000)]
print(sum(q.a for q in ps), sum(q.b for q in ps), vars(ps[999]))
for q in ps[::2]:
    q.b = None
    del q.a
print(sum(1 for q in ps if "a" in vars(q)), list(vars(ps[0])), list(vars(ps[1])))
