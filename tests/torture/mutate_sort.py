# Mutating a list from key functions and __lt__ while it is being sorted: the sort works
# on a private copy, so the list must come back intact or raise "list modified during
# sort"; nothing may read a freed or resized array.

def report(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

data = list(range(20, 0, -1))

def key_append(x):
    data.append(x)
    return x
report("key appends", lambda: data.sort(key=key_append))
print(len(data) >= 20)

data2 = list(range(10))
def key_clear(x):
    data2.append(x)
    data2.clear()
    return -x
report("key clears", lambda: data2.sort(key=key_clear))
print(data2)

class Evil:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        self.lst.clear()
        self.lst.extend([1, 2, 3])
        return self.v < other.v
    def __repr__(self):
        return "E%d" % self.v

lst = []
lst.extend(Evil(i, lst) for i in (3, 1, 2, 5, 4))
report("__lt__ replaces", lambda: lst.sort())
print(len(lst))

lst = []
lst.extend(Evil(i, lst) for i in range(30, 0, -1))
report("__lt__ replaces (long)", lambda: lst.sort(reverse=True))

class Raiser:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise ZeroDivisionError("seven")
        return self.v < other.v
    def __repr__(self):
        return "R%d" % self.v

r = [Raiser(i) for i in (9, 3, 7, 1, 8, 2)]
report("__lt__ raises", lambda: r.sort())
print(sorted(x.v for x in r))

def key_raises(x):
    if x == 4:
        raise KeyError(x)
    return x
k = [5, 4, 3, 2, 1]
report("key raises", lambda: k.sort(key=key_raises))
print(k)

report("sorted with key mutating source", lambda: sorted(data2 + [3, 1, 2], key=lambda x: (data2.append(0), x)[1]))
print(len(data2))

# comparison that returns a non-bool whose __bool__ raises
class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
class Cmp:
    def __lt__(self, other):
        return BadBool()
report("bool raises", lambda: sorted([Cmp(), Cmp(), Cmp()]))
report("min bool raises", lambda: min([Cmp(), Cmp()]))
