# gc.get_objects() lists the live objects the collector tracks (containers, instances,
# functions, classes: not atoms such as ints, strs or plain object()), gc.get_referrers()
# the objects among those whose gc.get_referents() holds one of its arguments.
import gc


class Node:
    def __init__(self, name):
        self.name = name


class Marker(list):
    pass


def count(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)


def has(x, objs):
    return any(o is x for o in objs)


n = Node("a")
lst = [n]
d = {"key": n}
tup = (n, 1)
s = {3, 4}
f = lambda: n
objs = gc.get_objects()
print(has(n, objs), has(lst, objs), has(d, objs), has(tup, objs), has(s, objs), has(f, objs))
print(has(Node, objs), has(count, objs), has(n.__dict__, objs) or True)
atom = object()
big = 10**40
text = "some text " * 3
print(has(atom, objs), has(big, objs), has(text, objs), has(objs, objs))
del objs

print(count(Marker))
ms = [Marker() for i in range(5)]
print(count(Marker))
del ms[:3]
print(count(Marker))
del ms
print(count(Marker))

for g in (None, -1):  # which generation an object is in depends on CPython's collections
    print(g, has(lst, gc.get_objects(g)))
for g in (3, -2):
    try:
        gc.get_objects(generation=g)
    except ValueError as e:
        print("ValueError:", e)

# referrers: the containers, the instance attribute holder, the closure cell
target = Node("t")
holder = [target]
mapping = {1: target}
pair = (target, target)
other = Node("o")
other.ref = target


def closure():
    return target


refs = gc.get_referrers(target)
print(has(holder, refs), has(mapping, refs), has(pair, refs), has(other.__dict__, refs) or has(other, refs))
print(has(target, refs), sum(1 for r in refs if r is holder or r is pair))
refs2 = gc.get_referrers(holder, mapping)
print(sum(1 for r in refs2 if r is globals()))
print(gc.get_referrers(), gc.get_referrers(12345678901234567890) == [])
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print("TypeError:", e)
