# set.__reduce__ of a subclass with __slots__: the state is self.__getstate__() (the
# instance's hidden slot store must never reach Python code)
import copy


class S(set):
    __slots__ = ('a', 'b')


s = S([1])
s.b = 5
r = s.__reduce__()
print(r[0].__name__, r[1], r[2])
s.a = 4
print(r[2], s.__reduce__()[2] == (None, {'a': 4, 'b': 5}))
c = copy.copy(s)
print(type(c).__name__, sorted(c), c.a, c.b)
d = copy.deepcopy(s)
print(type(d).__name__, sorted(d), d.a, d.b)


class F(frozenset):
    __slots__ = ('x',)


f = F([2, 3])
print(f.__reduce__()[2])
f.x = 9
print(f.__reduce__()[2])
g = copy.deepcopy(f)
print(type(g).__name__, sorted(g), g.x)


class D(set):
    pass


e = D([7])
print(e.__reduce__()[2])
e.k = 1
print(e.__reduce__()[2])


class G(set):
    def __getstate__(self):
        return 'custom'


print(G().__reduce__()[2])


class Bad(set):
    def __getstate__(self):
        raise ValueError('no state')


try:
    Bad().__reduce__()
except ValueError as ex:
    print(type(ex).__name__, ex)
