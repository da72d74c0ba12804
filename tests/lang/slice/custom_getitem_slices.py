# __getitem__ receives slice objects and tuples of them.
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[:], p[1:2, 3], p[..., 1], p[:, ::2])
print(type(p[1:2]).__name__, p['a':'b'], p[None:])
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq([10, 20, 30, 40])
print(s[1], s[1:3], s[::-1], s[-1])
