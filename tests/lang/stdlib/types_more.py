import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw): return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
C = types.new_class('C', (), {'metaclass': Meta, 'flag': True}, lambda ns: ns.update(x=2))
print(C.injected, C.x, type(C).__name__)
m, ns, kw = types.prepare_class('D', (), {'metaclass': Meta, 'k': 1}); print(m.__name__, ns, kw)
class Entry:
    def __mro_entries__(self, bases): return (int,)
E = types.new_class('E', (Entry(),)); print(E.__bases__, E.__orig_bases__[0].__class__.__name__)
print(types.resolve_bases((int, Entry())), types.resolve_bases((int,)))
class BadEntry:
    def __mro_entries__(self, bases): return int
try: types.resolve_bases((BadEntry(),))
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try: types.new_class('AB', (A, B))
except TypeError as e: print(e)
try: types.coroutine(1)
except TypeError as e: print(e)
@types.coroutine
def gcor():
    yield 1
print(list(gcor()))
ns = types.SimpleNamespace(b=2, a=1); ns.c = ns.a + ns.b; del ns.b
print(ns, vars(ns), sorted(ns.__dict__), types.SimpleNamespace(**{'x y': 1}))
print(types.SimpleNamespace(a=[1]) == types.SimpleNamespace(a=[1]), types.SimpleNamespace() == 1)
mp = types.MappingProxyType({'k': 'v'})
try: mp['z'] = 1
except TypeError as e: print(e)
print(mp, len(mp), list(mp.items()), mp.get('k'), 'k' in mp)
print(types.FunctionType.__name__, types.CodeType.__name__, types.CellType.__name__, types.MethodType.__name__, types.ModuleType.__name__, types.BuiltinFunctionType.__name__, types.GeneratorType.__name__, types.TracebackType.__name__, types.FrameType.__name__)
mod = types.ModuleType('mymod', 'the doc'); mod.x = 1; print(mod.__name__, mod.__doc__, mod.x)
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(int | None, types.UnionType), (int | None).__args__, list[int].__origin__, types.GenericAlias(list, (int,)))
