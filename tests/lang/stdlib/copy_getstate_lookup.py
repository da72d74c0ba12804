import copy, pickle
class C3(list):
    ARGS = (1, 2)
    def __init__(self, a, b):
        self.a = a; self.b = b
        self.append("cheese")
    @classmethod
    def __getstate__(cls):
        return cls.ARGS
    def __setstate__(self, state):
        self.a, self.b = state
    def __repr__(self):
        return "C3(%r, %r)<%r>" % (self.a, self.b, list(self))
x = C3(5, 6)
print(copy.copy(x), copy.deepcopy(x))
class P:
    def __init__(self): self.v = [1]
p = P()
p.__getstate__ = lambda: {'v': ['inst']}
q = copy.copy(p)
print(q.v, copy.deepcopy(p).v)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
t = copy.deepcopy(s)
print(t.a, hasattr(t, 'b'))
class G:
    def __init__(self): self.x = 1
    def __getstate__(self): return {'x': self.x * 10}
print(copy.copy(G()).x, copy.deepcopy(G()).x)
