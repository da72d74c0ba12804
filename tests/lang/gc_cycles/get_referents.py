# gc.get_referents: the objects each argument refers to directly, in CPython's order, for
# the kinds whose answer does not depend on CPython's memory layout: list and tuple items
# (last to first), dict values (and keys, unless all keys are str), set items, an
# instance's __slots__ values, attributes and class, functions, bound methods, cells.
# (It used to be gc.get_referrers under another name, returning [].)
import gc, builtins

def describe(x):
    if x is globals():
        return "<globals>"
    if x is builtins.__dict__:
        return "<builtins>"
    if type(x).__name__ == "code":
        return "<code %s>" % x.co_name
    if type(x).__name__ == "function":
        return "<function %s>" % x.__qualname__
    if type(x).__name__ == "cell":
        return "<cell>"
    if isinstance(x, tuple):
        return "(" + ", ".join(describe(y) for y in x) + ")"
    if type(x).__module__ == "__main__" and not isinstance(x, type):
        return "<%s instance>" % type(x).__name__
    return repr(x)

def show(*objs):
    print([describe(x) for x in gc.get_referents(*objs)])

show([1, "a", None])
show((1, 2, (3,)))
show({"a": 1, "b": [2]})
show({"a": 1, 2: "b"})
show({3})
show(frozenset(["x"]))
show(1, "x", 2.5, None, b"y")
show()
show([1], (2,), {3: 4})

class A:
    pass
a = A(); a.x = 1; a.y = "s"
show(a)
a.__dict__
show(a)
show(A())

class S:
    __slots__ = ("p", "q")
s = S(); s.p = 5
show(s)

class L(list):
    pass
l = L([1, 2]); l.z = 3
l.__dict__
show(l)

def f(x, y=3):
    return x
show(f)

def outer():
    z = 1
    def h():
        "doc"
        return z
    return h
h = outer()
show(h)
show(h.__closure__[0])

class B:
    def meth(self):
        pass
b = B()
show(b.meth)
