# isinstance/issubclass with classes, tuples, nested tuples, __instancecheck__ and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class A: pass
class B(A): pass
show('basic', lambda: (isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int)))
show('tuple', lambda: (isinstance(1, (str, int)), isinstance(1.0, (str, int))))
show('nested tuple', lambda: isinstance(1, (str, (bytes, int))))
show('object', lambda: (isinstance(None, object), isinstance(int, object), isinstance(int, type)))
show('subclass', lambda: (issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, (str, object))))
show('bad arg2', lambda: isinstance(1, 5))
show('bad arg2 tuple', lambda: isinstance(1, (int, 5)))
show('issubclass arg1', lambda: issubclass(1, int))
show('issubclass arg2', lambda: issubclass(int, 5))
show('arg count', lambda: isinstance(1))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
show('instancecheck', lambda: (isinstance('magic', M), isinstance('other', M)))
show('subclasscheck', lambda: (issubclass(int, M), issubclass(str, M)))
show('exceptions', lambda: (issubclass(KeyError, LookupError), isinstance(ValueError('x'), Exception)))
show('callable', lambda: (callable(len), callable(A), callable(A()), callable(1), callable(lambda: 0)))
class Call:
    def __call__(self):
        return 1
show('callable instance', lambda: callable(Call()))
