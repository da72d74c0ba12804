# Mutation during iteration raises as in CPython, on the fused FOR_ITER + UNPACK paths
# (dict items, enumerate, zip) as on the plain ones.
d = {1: 1, 2: 2}
for name, body in [('keys', lambda: [d.__setitem__(3, 3) for k in d]),
                   ('items', None), ('values', lambda: [d.pop(1) for v in d.values()])]:
    d = {1: 1, 2: 2}
    try:
        if body is None:
            for k, v in d.items():
                d[k + 10] = v
        else:
            body()
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]
        d[k + 10] = v
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
for k, v in d.items():
    d[k] = v * 10      # value replacement is allowed
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
# items() unpacking with wrong arities
for target in ('a, b, c', 'a', '(a, b), c', '*a, b', 'a, *b'):
    src = 'for %s in {1: 2, 3: 4}.items(): print(%r, %s)' % (target, target, target.replace('*', ''))
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(target, type(e).__name__, e)
try:
    for a, b in {'ab': 1, 'cde': 2}:
        print(a, b)
except ValueError as e:
    print('ValueError', e)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
for (i, c), n in zip(enumerate('ab'), [5, 6, 7]):
    print(i, c, n)
for a, b in zip(iter([1, 2, 3]), iter('xy')):
    print(a, b)
try:
    for a, b in zip([1, 2, 3], 'xy', strict=True):
        print(a, b)
except ValueError as e:
    print('ValueError', e)
try:
    for a, b in zip([1], 'xyz', strict=True):
        print(a, b)
except ValueError as e:
    print('ValueError', e)
def gen():
    yield 'a'
    raise StopIteration   # becomes RuntimeError in a generator
try:
    for i, x in enumerate(gen()):
        print(i, x)
except RuntimeError as e:
    print('RuntimeError', e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
for i, x in enumerate(It(), 5):
    print(i, x)
for a, b in zip(It(), It()):
    print(a, b)
e = enumerate('xy')
for i, c in e:
    pass
for i, c in e:
    print('never')
print(list(e))
for k, v in reversed({1: 'a', 2: 'b'}.items()):
    print(k, v)
def deep():
    for k, v in {1: 2}.items():
        return k, v
print(deep())
def genloop(d):
    for k, v in d.items():
        yield k + v
print(list(genloop({1: 2, 3: 4})))
print([k + v for k, v in {1: 2, 3: 4}.items()], {v: k for k, v in {1: 2}.items()})
