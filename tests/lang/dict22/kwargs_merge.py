# f(**d) into an empty keyword dict takes an exact dict's table as it is (session 22);
# the other merge paths keep their errors and order.
def f(**kw):
    kw['new'] = 1
    return kw
def g(a=0, b=0, **kw):
    return a, b, kw
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
d['y'] = 22
r = f(**d)
print(r, d, r is d)
print(g(**d), g(**{'a': 5}), g(1, **{'b': 2, 'c': 3}), g(**{}))
print(f(**d, w=0), f(q=0, **d), f(**{'p': 1}, **d))
class D(dict):
    def keys(self): return ['k']
    def __getitem__(self, k): return 'from getitem'
print(f(**D(k=1, other=2)))
class M:
    def keys(self): return ['m1', 'm2']
    def __getitem__(self, k): return k.upper()
print(f(**M()))
try:
    f(**d, **{'x': 0})
except TypeError as e:
    print('TypeError', e)
try:
    f(x=0, **d)
except TypeError as e:
    print('TypeError', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    g(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError', e)
big = {'k%d' % i: i for i in range(40)}
r = f(**big)
print(len(r), list(r)[:3], list(r)[-2:])
def kwonly(*, a, b=2, **rest): return a, b, rest
print(kwonly(**{'a': 1, 'c': 3}), kwonly(a=1, b=5, c=6, d=7, e=8, f=9, g=10))
