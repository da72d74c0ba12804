log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
class Obj:
    def __init__(self): self.d = {}
    def __getattr__(self, n): log.append('getattr ' + n); return 0
    def __setattr__(self, n, v): log.append(f'setattr {n}={v}'); object.__setattr__(self, n, v)
    def __getitem__(self, k): log.append(f'getitem {k}'); return 10
    def __setitem__(self, k, v): log.append(f'setitem {k}={v}')
o = Obj(); log.clear()
o.x += 1
print(log); log.clear()
o[t('key')] += t('val', 5)
print(log); log.clear()
t('a', o)[t('b')] = t('c', 1)
print(log); log.clear()
x = t('1', 1) < t('2', 2) < t('3', 0) < t('4', 4)
print(x, log); log.clear()
d = {t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
f = lambda *a, **k: None
f(t('p1'), *[t('p2')], k=t('kw'), **{t('dk'): t('dv')})
print(log); log.clear()
a, b = t('r1'), t('r2')
print(log); log.clear()
(t('x1', [0]))[0], (t('x2', [0]))[0] = t('y1'), t('y2')
print(log); log.clear()
t('A', True) and t('B', False) or t('C')
print(log); log.clear()
r = t('cond', 0) if t('test', False) else t('else')
print(r, log); log.clear()
print([t(f'i{i}') for i in range(2) if t(f'c{i}', True)], log); log.clear()
def deco(name):
    log.append('deco ' + name)
    def w(fn):
        log.append('apply ' + name)
        return fn
    return w
@deco('outer')
@deco('inner')
def fn(a=t('default')): pass
print(log); log.clear()
class K(t('base', object), metaclass=t('meta', type)):
    log.append('body')
print(log); log.clear()
x = [1, 2, 3]
i = 0
i, x[i] = 1, 'z'
print(x)
x = [0, 0]
x[t('idx', 0)], x[t('idx2', 1)] = x[1] + 1, x[0] + 2
print(x, log); log.clear()
l = [1, 2, 3]
try:
    a, b = l
except ValueError as e:
    print(e)
try:
    a, b, c, d = l
except ValueError as e:
    print(e)
try:
    a, *b, c, d, e = l
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
first, *mid, last = 'abcde'; print(first, mid, last)
*init, = range(3); print(init)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]): print(i, j, k)
a = b = c = t('chain', [])
print(a is b is c, log); log.clear()
n = 10
n //= 3; n **= 2; n %= 5; n <<= 3; n >>= 1; n |= 1; n ^= 2; n &= 7; n -= 1; n *= 3; n /= 2
print(n)
s = 'ab'; s *= 2; s += 'c'; print(s)
tup = (1,); tup += (2,); print(tup)
lst = [1]; alias = lst; lst += [2]; print(alias); lst = lst + [3]; print(alias)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(e, tl)
