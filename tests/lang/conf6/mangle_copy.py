import copy, pickle, weakref, abc
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class M:
    __secret = 1
    def __init__(self): self.__priv = 2
    def get(self): return (self.__secret, self.__priv, self._M__priv)
    def __dunder__(self): return 'not mangled'
t(lambda: M().get()); t(lambda: M()._M__secret); t(lambda: M().__secret); t(lambda: sorted(k for k in vars(M()))); t(lambda: M().__dunder__())
class _Under:
    def f(self): self.__x = 1; return vars(self)
t(lambda: _Under().f())
class Sub(M):
    def peek(self): return self.__priv
t(lambda: Sub().peek())
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __repr__(self): return f'Node({self.v}, {self.kids})'
tree = Node(1, [Node(2), Node(3)])
c1 = copy.copy(tree); c2 = copy.deepcopy(tree)
t(lambda: (c1.kids is tree.kids, c2.kids is tree.kids, c2))
class CustomCopy:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
t(lambda: (copy.copy(CustomCopy()), copy.deepcopy([CustomCopy()])))
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
t(lambda: (dc[1] is dc, dc is not cyc))
t(lambda: copy.deepcopy({'a': [1, {2}], 'b': (3, [4])}))
t(lambda: pickle.loads(pickle.dumps({'a': [1, 2.5, None, (3, 'x')], 'b': {1, 2}, 'c': b'by'})))
t(lambda: pickle.loads(pickle.dumps(tree)))
t(lambda: pickle.dumps(lambda: 0))
class WR:
    pass
o = WR()
r = weakref.ref(o)
t(lambda: r() is o); t(lambda: type(r).__name__)
class SlotNoWeak:
    __slots__ = ('a',)
t(lambda: weakref.ref(SlotNoWeak()))
t(lambda: weakref.ref(1))
wd = weakref.WeakValueDictionary()
wd['k'] = o
t(lambda: wd['k'] is o)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 'ran'
t(lambda: Impl().run()); t(lambda: Base.__abstractmethods__); t(lambda: Impl.__abstractmethods__)
class Virtual: pass
Base.register(Virtual)
t(lambda: (issubclass(Virtual, Base), isinstance(Virtual(), Base)))
import collections.abc as cabc
t(lambda: (isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance((x for x in ()), cabc.Generator), issubclass(dict, cabc.MutableMapping)))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap({'a': 1})
t(lambda: (mm.get('a'), mm.get('z', 0), 'a' in mm, list(mm.items()), mm == {'a': 1}, dict(mm)))

class Incomplete(cabc.Sequence): pass
t(lambda: Incomplete())
