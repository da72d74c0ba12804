# dict()/update()/fromkeys/| accept any mapping (keys + __getitem__) or iterable of pairs
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class M:
    def __init__(self): self.calls = []
    def keys(self): return ['x', 'y']
    def __getitem__(self, k):
        self.calls.append(k)
        return k * 2
m = M()
print(dict(m), m.calls)
d = {'x': 0, 'z': 1}; d.update(m); print(d)
print({**m, 'w': 1}, dict(m, y=5))
class Pairs:
    def __iter__(self): return iter([('a', 1), ['b', 2], 'cd'])
print(dict(Pairs()))
class BadKeys:
    def keys(self): return 5
show(lambda: dict(BadKeys()))
class NoItem:
    def keys(self): return ['k']
show(lambda: dict(NoItem()))
show(lambda: dict([('a', 1), 5]))
show(lambda: dict(['ab', 'cde']))
show(lambda: {}.update([[1]]))
def gen():
    yield (1, 2)
    yield (3, 4)
print(dict(gen()), dict.fromkeys(gen()), list({1: 2}.items()))
e = {}; e |= m; print(e)
show(lambda: {} | m)
class D2(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'v'
print(dict(D2(a=1)), {**D2(a=1)})
print(dict({1: 2}.items()), dict(zip(range(3), 'abc')), dict([]), dict(()))
