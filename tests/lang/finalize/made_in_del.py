# Objects created, and dropped, inside a finalizer; a finalizer dropping the last
# reference to another finalizable object
import gc


class A:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)
        if self.name == "maker":
            tmp = A("temp")
            tmp = None
            print("maker made temp")


m = A("maker")
del m
print("after maker")
p = A("parent", A("child", A("grandchild")))
del p
gc.collect()
gc.collect()
print("after parent")
keep = []


class K:
    def __del__(self):
        keep.append(A("made-at-exit"))
        print("K del")


k = K()
print("end")
