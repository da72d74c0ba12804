# slice objects: construction, attributes, indices(), repr, comparison, unhashable; __index__ bounds
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(5); t = slice(1, 10, 2); u = slice(None, None, -1)
print(s, t, u, s.start, s.stop, s.step, t.start, t.step)
print(s.indices(10), t.indices(5), u.indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(10))
print(slice(None, None, -2).indices(7), slice(5, 1, -1).indices(3), slice(10**30, -10**30, -1).indices(4))
print(slice(2, 4).indices(10**30))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: t.indices(-1))
show(lambda: slice('a').indices(3))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(1))
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
a = list(range(10))
print(a[Ix(2):Ix(8):Ix(3)], 'abcdef'[Ix(1):Ix(-1)], (1, 2, 3)[Ix(-1)])
show(lambda: a['a':])
show(lambda: a[1.0:])
print(a[slice(3)], a[slice(None, None, 4)], (0, 1, 2, 3)[slice(1, None)])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:])
