# __slots__ may name __classcell__ / __qualname__ (they leave the namespace; not class
# variables), a real __classcell__ still fills super()'s cell (test_descr).
import types
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(isinstance(C2.__dict__["__classcell__"], types.MemberDescriptorType))
c = C2(); print(c.b, hasattr(c, "__classcell__")); c.__classcell__ = 42; print(c.__classcell__)
def c3():
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
t(c3)
class Q(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q.__qualname__, type(Q.__dict__['__qualname__']).__name__)
q = Q(); q.__qualname__ = 'x'; print(q.__qualname__)
def c4():
    class C4:
        x = 1
        __slots__ = ['x']
t(c4)
