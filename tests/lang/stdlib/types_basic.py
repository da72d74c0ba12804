import types, heapq, bisect, keyword, sys
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns.a, SimpleNamespace(), ns == SimpleNamespace(a=1, b='x', c=[1]), ns != SimpleNamespace())
class NS(SimpleNamespace): pass
print(NS(z=1))
r = SimpleNamespace(); r.self = r; print(r)
try: SimpleNamespace(1)
except TypeError as e: print(e)
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is type(f), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.MappingProxyType({'a': 1})['a'], isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
def g(): yield
print(isinstance(g(), types.GeneratorType), type(types.ModuleType('m')).__name__, types.ModuleType('mm').__name__)
class A: 
    def m(self): pass
print(isinstance(A().m, types.MethodType))
C = types.new_class('C', (A,), {}, lambda ns: ns.update(x=1)); print(C.__name__, C.x, C.__bases__)
class Meta(type): pass
D = types.new_class('D', (), {'metaclass': Meta}); print(type(D).__name__)
print(types.prepare_class('E', (A,))[0], types.resolve_bases((A, int)))
class DCA:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
print(DCA().name)
try: DCA.name
except AttributeError: print('AttributeError')
