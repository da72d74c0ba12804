# s[a:b] with ints or None (str_getitem's step-1 path) against every bound, including
# negatives, out of range, huge ints, bools, index objects and non-ASCII text.
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
texts = ['', 'a', 'ab', 'abcdef', 'αβγδεζ', 'aé€𝄞z', 'x' * 100 + 'é' * 5]
bounds = [None, 0, 1, 2, 3, -1, -2, -3, 5, 6, 7, -6, -7, 100, -100, 2**62, -2**62, 2**70, -2**70]
for t in texts:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(t[a:b])
    print(repr(t[:12]), len(out), sum(len(x) for x in out), hash(tuple(out)) == hash(tuple(out)), out[:6], out[-6:])
print('abcdef'[True:], 'abcdef'[:False], 'abcdef'[Ix(2):Ix(-1)], 'abcdef'[False:True])
print('abcdef'[1:5:None], 'abcdef'[None:None:None], 'abcdef'[::-1], 'αβγδεζ'[4:1:-1], 'abcdef'[1:5:2])
for bad in ('1', 1.0, [1]):
    try:
        'abc'[bad:]
    except TypeError as e:
        print('TypeError', e)
try:
    'abc'[::0]
except ValueError as e:
    print('ValueError', e)
class S(str): pass
u = S('hello world')
print(u[:5], type(u[:5]).__name__, u[:], type(u[:]).__name__, u[6:] == 'world', u[-100:100])
s = 'é' * 50 + 'abc'
print([s[i:i + 2] for i in range(45, 53)], s[-3:], s[50:], s[49:51])
