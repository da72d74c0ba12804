# not in the image: prints the main module's names, and the image run has no __file__
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: sorted(k for k in dir() if not k.startswith('_'))); t(lambda: sorted(globals().keys())[:6]); t(lambda: type(__builtins__).__name__); t(lambda: __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict')
t(lambda: repr(print)); t(lambda: repr(len)); t(lambda: print.__name__); t(lambda: print.__module__); t(lambda: len.__self__); t(lambda: repr([].append)[:35]); t(lambda: [].append.__name__); t(lambda: [].append.__qualname__)
t(lambda: repr(int.__add__)); t(lambda: repr(object.__init__)); t(lambda: repr(object().__init__)[:40]); t(lambda: repr(str.join)); t(lambda: type(str.join).__name__); t(lambda: type(''.join).__name__); t(lambda: type(int.__add__).__name__)
t(lambda: repr(type)); t(lambda: repr(type(None))); t(lambda: repr(NotImplemented)); t(lambda: repr(Ellipsis)); t(lambda: repr(...)); t(lambda: type(...).__name__); t(lambda: bool(NotImplemented))
class C:
    x = 1
    loc = sorted(locals().keys())
t(lambda: C.loc); t(lambda: sorted(vars(C).keys())); t(lambda: '__module__' in C.__dict__)
t(lambda: id(1) == id(1)); t(lambda: isinstance(id(object()), int)); t(lambda: hash(None) == hash(None)); t(lambda: object().__sizeof__() > 0); t(lambda: (1).__sizeof__() > 0)
t(lambda: [c.__name__ for c in bool.__mro__]); t(lambda: int.__subclasses__()[:2]); t(lambda: type.__mro__); t(lambda: object.__bases__); t(lambda: type.__bases__); t(lambda: object.__base__)
t(lambda: divmod(7, 2)); t(lambda: pow(2, 10)); t(lambda: abs(-3.5)); t(lambda: round(3.14159, 2)); t(lambda: all([1, 1])); t(lambda: bin(10)); t(lambda: chr(9731)); t(lambda: ord('☃'))
t(lambda: list(zip(*[(1, 'a'), (2, 'b')]))); t(lambda: dict(zip('abc', range(3)))); t(lambda: sorted({3: 'a', 1: 'b'})); t(lambda: sorted('hello', key=str.upper, reverse=True)); t(lambda: min('abc', key=ord)); t(lambda: max([], key=len, default='x'))
t(lambda: isinstance(1, (str, (int, float)))); t(lambda: issubclass(bool, (str, int))); t(lambda: callable(C)); t(lambda: callable(C())); t(lambda: getattr(C, 'missing', 'dflt')); t(lambda: hasattr(C, 'x')); t(lambda: getattr(C(), 'x'))
t(lambda: vars()); t(lambda: format(3.5)); t(lambda: format('x', '^5')); t(lambda: ascii([1, 'é'])); t(lambda: repr(b'x')); t(lambda: eval('1+1')); t(lambda: exec('pass'))
t(lambda: slice(1, 10, 2).indices(5)); t(lambda: repr(slice(None))); t(lambda: slice(1, 2) == slice(1, 2)); t(lambda: hash(slice(1))); t(lambda: [1, 2, 3][slice(None, None, -1)]); t(lambda: slice(0, 1, 0).indices(3))
t(lambda: memoryview(b'ab').tolist()); t(lambda: bytearray(b'x') + b'y'); t(lambda: frozenset('aab') == {'a', 'b'}); t(lambda: complex(1)); t(lambda: float('  3 ')); t(lambda: int('  7  '))
t(lambda: object.__new__(object).__class__); t(lambda: super); t(lambda: property().fget); t(lambda: staticmethod(len).__func__); t(lambda: classmethod(len).__func__); t(lambda: type(property.__get__).__name__)
t(lambda: iter([]).__next__.__name__); t(lambda: type(iter([]).__next__).__name__); t(lambda: type(object.__dict__['__class__']).__name__); t(lambda: type(type.__dict__['__dict__']).__name__); t(lambda: type(C.__dict__['__dict__']).__name__)
t(lambda: type(int.__dict__['real']).__name__)
import types
t(lambda: types.FunctionType.__name__); t(lambda: types.BuiltinFunctionType.__name__); t(lambda: types.MethodType.__name__); t(lambda: types.ModuleType.__name__); t(lambda: types.GeneratorType.__name__); t(lambda: types.SimpleNamespace(a=1)); t(lambda: types.MappingProxyType({'a': 1}))
t(lambda: types.CodeType.__name__); t(lambda: types.FrameType.__name__); t(lambda: types.TracebackType.__name__); t(lambda: types.NoneType); t(lambda: types.EllipsisType); t(lambda: types.NotImplementedType); t(lambda: types.GetSetDescriptorType); t(lambda: types.MemberDescriptorType)
t(lambda: types.MethodDescriptorType); t(lambda: types.ClassMethodDescriptorType); t(lambda: types.WrapperDescriptorType); t(lambda: types.MethodWrapperType); t(lambda: types.CellType); t(lambda: types.CoroutineType); t(lambda: types.AsyncGeneratorType); t(lambda: types.UnionType); t(lambda: types.GenericAlias)
