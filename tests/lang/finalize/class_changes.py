# __del__ added to a class after instances exist (CPython looks it up when the object
# dies), removed again, inherited, added to a base
class A:
    pass


a1 = A()
a2 = A()


def fin(self):
    print("del", self.name)


a1.name = "a1"
a2.name = "a2"
A.__del__ = fin
del a1
print("after del a1")
a3 = A()
a3.name = "a3"
del a3
print("after del a3")
del A.__del__
del a2
print("after del a2 (no __del__ any more)")


class Base:
    def __del__(self):
        print("Base del", type(self).__name__)


class Sub(Base):
    pass


class SubOwn(Base):
    def __del__(self):
        print("SubOwn del")
        super().__del__()


s = Sub()
del s
t = SubOwn()
del t
print("subclasses done")


class P:
    pass


class Q(P):
    pass


q = Q()
q.name = "q"
P.__del__ = fin
del q
print("after del q")


class L(list):
    def __del__(self):
        print("L del", len(self))


l = L([1, 2, 3])
del l
print("end")
