# Assorted opcode semantics: unpacking, f-strings, with, comparisons, int fast paths.
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
def u1(): x, y = 1
def u2(): x, y, z = [1, 2]
def u3(): x, y = [1, 2, 3]
def u4(): x, *y, z, w = [1, 2]
def u5(): x, y = (i for i in range(3))
def u6():
    a, *b, c = range(6)
    return a, b, c
def u7():
    *a, = 'xyz'
    return a
def u8():
    (a, b), c = (1, 2), 3
    return a, b, c
for fn in (u1, u2, u3, u4, u5, u6, u7, u8):
    t(fn)
x = 3.14159
name = 'safepy'
print(f'{name!r:>10}|{x:.2f}|{"é"!a}|{x!s}|{42:#x}|{name=}|{{}}')
print(f'{1+1}{"a" "b"}{3:{2}}{4:<{1+2}}|')
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with Ctx('a') as v, Ctx('b') as w:
    print('body', v, w)
with Ctx('c', swallow=True):
    raise ValueError('swallowed')
try:
    with Ctx('d'):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', e)
def ret_in_with():
    with Ctx('e'):
        return 'returned'
print(ret_in_with())
for i in range(3):
    with Ctx('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
def w1():
    with 1:
        pass
class OnlyEnter:
    def __enter__(self):
        pass
def w2():
    with OnlyEnter():
        pass
t(w1)
t(w2)
big = 2**62
print(big + big, -big - big, big * 4, (2**61) * 2, 7 // -2, -7 // 2, 7 % -3, -7 % 3)
print(1 << 61, 1 << 62, 1 << 63, -1 >> 5, -17 >> 2, 17 >> 70, -(-2**62), ~5)
print(3 < 4 < 5, 3 < 4 > 5, 1.5 < 2, 2 == 2.0, 'a' < 'b', [1] == [1], (1, 2) < (1, 3))
print(0.1 + 0.2, 1 / 3, 2 ** -1, 10 / 4, 3 * 1.5, 2 ** 100)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1 << -1)
t(lambda: [1, 2][5])
t(lambda: (1,)[-2])
t(lambda: {}['k'])
l = [1, 2, 3]
l[-1] = 9
print(l, l[-3], (4, 5, 6)[1], {'a': 1}['a'], 'abc'[1], l[0:2], l[::-1])
d = {1: 'one'}
d[2] = 'two'
del d[1]
print(d, 2 in d, 1 not in d, 'b' in 'abc', None is None, l is not None)
s = {1, 2, *[3, 4]}
print(sorted(s), [*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1], 2))
print({k: v for k, v in zip('ab', range(2))}, {c for c in 'aab'} == {'a', 'b'})
print(not 1, not 0, not [], -(-3), +4, ~-1)
a = b = c = 5
a += 1; b -= 1; c *= 2
print(a, b, c)
lst = [1]
lst += [2]
lst *= 2
print(lst)
print(1 if 0 else 2, 0 or 'x', 1 and 'y', None or 0 or [])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
else:
    print('no else')
print('i =', i)
for j in range(3):
    pass
else:
    print('for else', j)
print(type(None).__name__, ...)
