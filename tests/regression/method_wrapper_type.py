# Slot wrappers bound to an object are 'method-wrapper' objects (not bound methods).
import re
import types


def clean(r):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', r)


class A:
    pass


for bound in [(1).__add__, [].__len__, object().__str__, A().__init__, A().__eq__, 'x'.__getitem__]:
    print(type(bound).__name__, clean(repr(bound)))
    print(' ', bound.__name__, bound.__qualname__, type(bound.__self__).__name__,
          bound.__objclass__.__name__)
print((1).__add__(2), [1, 2].__len__(), 'xy'.__getitem__(1))
print(type(A().__init__) is types.MethodWrapperType, types.MethodWrapperType)
print(isinstance((1).__add__, types.MethodType), callable((1).__add__))
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, (1).__add__ != (1).__sub__)
print(hash((5).__add__) == hash((5).__add__))
try:
    (1).__add__.__func__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).__add__()
except TypeError as e:
    print(type(e).__name__, e)
# unbound slot wrappers and real bound methods keep their types
print(type(int.__add__).__name__, type(A.__init__).__name__)


class B:
    def m(self):
        pass


print(type(B().m).__name__, type([].append).__name__)
# the membership test rewords a TypeError from getting the iterator
class NI:
    __iter__ = None


class BadIter:
    def __iter__(self):
        return 5


class Raises:
    def __iter__(self):
        raise TypeError('mine')


for obj in [NI(), BadIter(), Raises(), 5]:
    try:
        1 in obj
    except TypeError as e:
        print(type(e).__name__, e)
