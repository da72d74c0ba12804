# type objects: names, module, qualname, mro(), __subclasses__, __dict__, __doc__, repr.
class Outer:
    class Inner:
        "inner doc"
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.__module__, Outer.Inner.__doc__)
print(repr(Outer.Inner), repr(int), repr(type), repr(object), repr(type(None)), repr(type(...)))
print(int.__module__, int.__qualname__, int.__name__, type.__name__, object.__base__, bool.__base__)
print(bool.__mro__, type.__mro__, object.__mro__, object.__bases__, bool.__bases__)
class A:
    x = 1
class B(A):
    pass
print(B.__base__, B.__bases__, [c.__name__ for c in B.mro()], type(B.mro()).__name__)
print(A.__subclasses__(), sorted(A.__dict__), B.__dict__.get('x'), 'x' in A.__dict__)
A.__name__ = 'Renamed'
A.__qualname__ = 'Q.Renamed'
print(A, A.__name__, A.__qualname__)
A.__doc__ = 'new doc'
A.__module__ = 'elsewhere'
print(A.__doc__, repr(A))
print(type.__dict__['__dict__'], int.__doc__[:15], int.__dict__['__add__'])
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool), int.__basicsize__ > 0)
print(type(type), type(object), type(A) is type, callable(A), callable(A()))
print(sorted(n for n in dir(B) if not n.startswith('_')))
