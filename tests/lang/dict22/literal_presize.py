# Dict literals and dict(**kw) are built presized to their key count (session 22):
# ordering, duplicate keys, growth past the presized room, and keys that need __eq__.
d = {'a': 1, 'b': 2, 'a': 3}
print(d, len(d))
d = {1: 'x', 1.0: 'y', True: 'z'}
print(d)
d = {'k': 0}
for i in range(20):
    d['k%d' % i] = i
print(len(d), list(d)[:4], list(d)[-2:])
d = dict(a=1, b=2, c=3)
d.update(d=4, e=5, f=6, g=7)
print(d)
big = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'c': 33, 'i': 9}
print(big, len(big))
for i in range(30):
    big[i] = i
print(len(big), big['c'], big[29])
s = 'ab'
k = s + 'c'      # an equal str that is another object
d = {'abc': 1, k: 2}
print(d, d.get('abc'), 'abc' in d, d['abc'])
print({(1, 2): 1, (1, 2): 2})
x = 2 ** 70
print({x: 1, 2 ** 70: 2, -1: 3, -2: 4})
print({1: 1, 2: 2}.get(1.0), 1.0 in {1: 2}, {1: 2}[True])
print({'': 0, 0: 1, 0.0: 2, False: 3, None: 4})
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
try:
    {'a': 1, []: 2}
except TypeError as e:
    print('TypeError', e)
def f(**kw):
    kw['z'] = 0
    return kw
print(f(a=1, b=2), f(), f(**{'q': 1}, r=2))
