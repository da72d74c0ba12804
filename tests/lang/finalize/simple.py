# __del__ runs when the last reference goes: del, rebinding, a function's return
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("a")
del a
print("after del a")

b = A("b1")
b = A("b2")
print("after rebinding b")
b = None
print("after b = None")


def f():
    x = A("local")
    print("in f")


f()
print("after f")


def g():
    y = A("returned")
    return y


r = g()
print("got", r.name)
del r
print("after del r")

for i in range(3):
    z = A("loop%d" % i)
    print("made", i)
del z
print("after loop")


def h():
    for i in range(2):
        w = A("inner%d" % i)
    print("h done")


h()
print("after h")


class B:
    pass


holder = B()
holder.attr = A("attr")
del holder.attr
print("after del holder.attr")
d = {"k": A("item")}
del d["k"]
print("after del d['k']")


mapping = {"k": A("dict-popped")}
mapping.pop("k")
print("after dict pop (an expression statement's result dies)")


def use(x):
    print("use", x.name)


u = A("argument")
use(u)
del u
print("after del u")
k = A("kept")
print("end")
