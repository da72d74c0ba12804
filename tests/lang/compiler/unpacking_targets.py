# Assignment targets of every kind, starred unpacking, evaluation order, augmented
# assignment evaluating its target once, deletion of every target kind.
log = []
class Obj:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        log.append(('get', k))
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        self.items[k] = v
    def __delitem__(self, k):
        log.append(('del', k))
        del self.items[k]

def key(k):
    log.append(('key', k))
    return k

a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
[f, [g, h]] = 6, (7, 8)
print(c, d, e, f, g, h)
first, *mid, last = range(6)
*init, tail = 'abc'
head, *rest = [1]
print(first, mid, last, init, tail, head, rest)
p, (q, *r), *s = 1, (2, 3, 4), 5, 6
print(p, q, r, s)
try:
    x, y = [1, 2, 3]
except ValueError as exc:
    print('ValueError', exc)
try:
    x, *y, z = [1]
except ValueError as exc:
    print('ValueError', exc)
try:
    x, y = 5
except TypeError as exc:
    print('TypeError', exc)

o = Obj()
o[key('a')] = o[key('b')] = 10
print(log); log.clear()
o[key('x')] += 5
print(log, o.items['x']); log.clear()

class Attr:
    pass
t = Attr()
t.v = 1
t.v += 41
t.w = t.u = 'both'
print(t.v, t.w, t.u)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = 'ab'
lst[::2] = [9, 9, 9]
lst[-1] *= 100
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99          # left to right: i is rebound before arr[i]
print(i, arr)
m = {}
m['k'], m['j'] = m['j'], m['k'] = 1, 2
print(m)

n = [1, 2, 3, 4]
del n[0], n[-1]
print(n)
del o[key('a')]
print(log); log.clear()
del t.v, (t.w, [t.u])
print(hasattr(t, 'v'), hasattr(t, 'w'), hasattr(t, 'u'))
zz = 1
del zz
try:
    zz
except NameError as exc:
    print('NameError', exc)

def star_in_for():
    out = []
    for k, *vs in [(1, 2, 3), (4,)]:
        out.append((k, vs))
    return out
print(star_in_for())
print([*range(3), *'ab', 9], (*[1], 2), {*'aa', 'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def kw(**k):
    return sorted(k.items())
print(kw(**{'a': 1}, b=2, **{'c': 3}))
def pos(*a):
    return a
print(pos(*[1, 2], 3, *(4,)), pos(*'xy'))
try:
    kw(**{'a': 1}, a=2)
except TypeError as exc:
    print('TypeError', exc)
walrus = [y := 5, y ** 2]
print(walrus, y)
