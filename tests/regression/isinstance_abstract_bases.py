# isinstance/issubclass accepted only types: CPython's abstract protocol also takes any object with a tuple __bases__ as a class, and an object's __class__ as its class; a __bases__ that raises something other than AttributeError propagates, and cyclic or endless __bases__ end in RecursionError
import sys

class AbstractClass:
    def __init__(self, bases): self.bases = bases
    def getbases(self): return self.bases
    __bases__ = property(getbases)
    def __call__(self): return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass): self.klass = klass
    def getclass(self): return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=(AbstractClass(()), AbstractChild))
print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper))
print(isinstance(AbstractSuper(), AbstractChild), isinstance(Other(), AbstractSuper))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(issubclass(Other, AbstractSuper), issubclass(AbstractChild, AbstractChild))
print(isinstance(AbstractChild(), (int, AbstractSuper)))

class Super: pass
class Child(Super): pass
print(isinstance(Child(), Super), issubclass(Child, Super), type.__subclasscheck__(Super, Child))

def err(f, *a):
    try:
        print(f(*a))
    except RecursionError:
        # (CPython counts C and Python depth in one counter: the message names the C
        # guard or not depending on which reaches the limit first)
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)

class NoBases: pass
err(isinstance, 1, NoBases())
err(issubclass, NoBases(), int)
err(issubclass, int, NoBases())
err(issubclass, AbstractChild, NoBases())
err(issubclass, 1, int)

class BadBases:
    @property
    def __bases__(self): raise RuntimeError('bases')
err(isinstance, 1, BadBases())
err(issubclass, BadBases(), int)
err(issubclass, AbstractChild, BadBases())

class NotTuple:
    __bases__ = [int]
err(issubclass, NotTuple(), int)

class Cycle:
    @property
    def __bases__(self): return (self, self, self)
err(issubclass, Cycle(), int)

class Endless:
    def __getattr__(self, attr): return (self, None)
err(issubclass, Endless(), int)

class Forever:
    @property
    def __bases__(self): return self.__bases__
err(issubclass, Forever(), int)
err(isinstance, 1, Forever())

# a long single-base chain is walked without recursion
node = AbstractClass(())
root = node
for _ in range(sys.getrecursionlimit() * 3):
    node = AbstractClass((node,))
print(issubclass(node, root))
