# object.__reduce_ex__ finds __getnewargs__/__getnewargs_ex__ on the type (special method
# lookup): an instance __getattr__ is not asked (test_descr PicklingTests).
import pickle, copy, copyreg
class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None
for proto in range(6):
    r = Picky().__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][0].__name__ if isinstance(r[1], tuple) and r[1] else r[1], r[2:])
class N(int):
    def __getnewargs__(self): return (int(self) * 2,)
print(pickle.loads(pickle.dumps(N(3), 2)), copy.copy(N(3)))
class K:
    def __new__(cls, a, *, b): o = object.__new__(cls); o.a, o.b = a, b; return o
    def __getnewargs_ex__(self): return (self.a,), {'b': self.b}
k = pickle.loads(pickle.dumps(K(1, b=2), 4)); print(k.a, k.b)
class S:
    __getnewargs__ = staticmethod(lambda: (5,))
    def __new__(cls, *a): o = object.__new__(cls); o.args = a; return o
print(pickle.loads(pickle.dumps(S(), 2)).args)
