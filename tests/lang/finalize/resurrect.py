# A finalizer that stores self somewhere resurrects the object; PEP 442: __del__ is
# never called twice for one object
import gc

saved = []


class A:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        A.calls += 1
        print("del", self.name, A.calls)
        saved.append(self)


a = A("first")
del a
print("saved", [x.name for x in saved])
saved.clear()
gc.collect()
gc.collect()
print("calls", A.calls)


class B:
    def __del__(self):
        global back
        back = self
        print("B del")


b = B()
b = None
print("back is a B:", type(back).__name__)
back = None
gc.collect()
print("end")
