# When an object with __del__ dies, CPython runs __del__ first, then frees it (its weak
# references die, their callbacks run), then what it referred to dies in turn
import weakref


class A:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


a = A("a")
w = weakref.ref(a, lambda r: print("callback", r() is None))
del a
print("after del a", w() is None)
b = A("b")
w2 = weakref.ref(b)
b = None
print("w2 dead:", w2() is None)
p = A("parent", A("child", A("grandchild")))
del p
print("after del p")


class Plain:
    pass


x = Plain()
x.fin = A("attr-of-plain")
wx = weakref.ref(x, lambda r: print("plain callback"))
del x
print("end")
