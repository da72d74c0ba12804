# Objects still alive at exit are finalized, in the order CPython's shutdown gives:
# breadth first from __main__'s globals (a list's items last to first)
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


b = A("b")
l = [A("l1"), A("l2"), A("l3")]
a = A("a")
d = {"x": A("d1"), "y": A("d2")}
t = (A("t1"), A("t2"))
_u = A("_u")


class H:
    pass


h = H()
h.x = A("hx")
h.y = A("hy")
z = A("z")
print("end")
