# property.getter/setter/deleter(None) keep the property's function: CPython 3.11's
# property_copy treats None like a missing argument. (CPython 3.11 itself then releases
# None once too often per call and aborts at exit; the output below is complete before
# that, and safepy exits 0.)
import sys


def g(self):
    return "got"


def s(self, v):
    pass


def d(self):
    pass


p = property(g, s, d, "the doc")
for name in ("getter", "setter", "deleter"):
    q = getattr(p, name)(None)
    print(name, q.fget is g, q.fset is s, q.fdel is d, q.__doc__)
q = property("a", "b", "c").deleter(None)
print(q.fget, q.fset, q.fdel)
e = property()
print(e.getter(None).fget, e.setter(None).fset, e.deleter(None).fdel)
# a real function still replaces
print(p.setter(d).fset is d, p.getter(s).fget is s)


class A:
    @property
    def x(self):
        "x's doc"
        return 1

    x = x.getter(None)


print(A.x.__doc__, A().x)
sys.stdout.flush()
