# list searches, comparisons and repr survive __eq__/__repr__ that mutate the list
class Clear:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = None
    def __repr__(self): return 'Clear'

lst = [1, 2, 3, 4]
lst.append(Clear(lst))
lst2 = [Clear(lst), 5]
print(5 in lst2, lst2.count(5))
x = [0, 1, 2, 3]
c = Clear(x)
print(c in x, x)
x = [0, 1, 2, 3]
print(x.count(Clear(x)), x)
x = [0, 1, 2, 3]
try:
    x.index(Clear(x))
except ValueError as e:
    print('ValueError', e)
x = [0, 1, 2, 3]
try:
    x.remove(Clear(x))
except ValueError as e:
    print('ValueError', e)
print(x)

class Grow:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        if len(self.target) < 50: self.target.append(0)
        return False
    __hash__ = None
y = [1, 2]
print(Grow(y) in y, len(y))
a = [Clear([]), 1]
b = [Clear(a), 1]
print(a == b, a, b)
class Shrink:
    def __init__(self, t): self.t = t
    def __repr__(self):
        self.t.clear()
        return 'S'
z = [1, 2]
z.insert(0, Shrink(z))
print(repr(z), z)
p = [5, 4, 3]
q = [5, 4]
class Cmp:
    def __eq__(self, o):
        p.clear(); return False
p.append(Cmp()); q.append(Cmp())
print(p < q, p, len(q))
