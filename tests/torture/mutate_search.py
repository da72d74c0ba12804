# Searching containers whose elements' __eq__ mutates the container being searched
# (list.index/count/remove/in, tuple/deque-like scans, dict and set lookups): each step
# must re-check the current length; dict/set lookups must survive the table being
# rebuilt under them.

def report(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Clearer:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
    __hash__ = None

lst = []
lst.extend(Clearer(lst) for _ in range(5))
report("in", lambda: 42 in lst)
print(len(lst))
lst.extend(Clearer(lst) for _ in range(5))
report("index", lambda: lst.index(42))
lst.extend(Clearer(lst) for _ in range(5))
report("count", lambda: lst.count(42))
lst.extend(Clearer(lst) for _ in range(5))
report("remove", lambda: lst.remove(42))
lst.extend(Clearer(lst) for _ in range(5))
report("==", lambda: lst == [1, 2, 3, 4, 5])
lst.extend(Clearer(lst) for _ in range(5))
report("<", lambda: lst < [1, 2, 3, 4, 5])

class Grower:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        if len(self.lst) < 50:
            self.lst.append(Grower(self.lst))
        return False
    __hash__ = None

g = []
g.append(Grower(g))
report("in (growing)", lambda: 1 in g)
print(len(g))

# dict: a key whose __eq__ empties / refills the dict during lookup
class K:
    def __init__(self, h, d):
        self.h = h
        self.d = d
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.d is not None:
            d = self.d
            self.d = None
            d.clear()
            for i in range(100):
                d[i] = i
        return self is other

d = {}
a = K(1, d)
d[a] = "a"
report("dict lookup rebuilding", lambda: d.get(K(1, None)))
report("dict size", lambda: len(d))
d2 = {}
b = K(5, d2)
d2[b] = 1
report("dict setitem rebuilding", lambda: d2.__setitem__(K(5, None), 2))
report("dict contains rebuilding", lambda: K(5, None) in d2)

s = set()
class SK:
    def __init__(self, h, s):
        self.h = h
        self.s = s
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.s:
            self.s.clear()
        return False
s.add(SK(3, s))
report("set contains clearing", lambda: SK(3, None) in s)
s.add(SK(3, s))
report("set add clearing", lambda: s.add(SK(3, None)))
print(len(s) <= 2)

# mutation while iterating
d = {i: i for i in range(5)}
def it():
    for k in d:
        d[k + 100] = 0
report("dict iteration", it)
s = set(range(5))
def its():
    for k in s:
        s.add(k + 100)
report("set iteration", its)
d = {i: i for i in range(5)}
def itv():
    for k in d.values():
        del d[0]
report("dict values iteration", itv)
d = {i: i for i in range(5)}
def iti():
    for k, v in d.items():
        d.pop(k)
        d[k + 10] = v
report("dict items same size", iti)
l = [1, 2, 3]
def itl():
    n = 0
    for x in l:
        n += 1
        if n < 10:
            l.append(x)
    return n
report("list iteration growing", itl)
l = list(range(10))
def itr():
    out = []
    for x in reversed(l):
        out.append(x)
        l.clear()
    return out
report("reversed clearing", itr)
