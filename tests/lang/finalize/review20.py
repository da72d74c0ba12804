# Review fixes: rebinding a name that held two cells referring to each other while a
# finalizable object exists (used to recurse without end); assigning __class__ to a class
# with __del__ registers the instance
import types


class D:
    def __del__(self):
        print("del D")


keep = D()


def f():
    c1 = types.CellType()
    c2 = types.CellType(c1)
    c1.cell_contents = c2
    x = c1
    x = 5
    c = None
    for i in range(3000):
        c = types.CellType(c)
    c = None
    print("cells ok", x)


f()


class A:
    pass


class B:
    def __del__(self):
        print("B.__del__")


a = A()
a.__class__ = B
del a
print("after del")
keep = None
print("end")
