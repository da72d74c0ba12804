# Objects held by containers are finalized when the container goes; the order inside
# one container differs between a tracing collector and CPython's reference counts
# (CPython frees a list's items last to first, a dict's first to last), so it is sorted;
# and report() collects first: the prompt collection at the drop may miss an object a
# stale word on the C stack refers to (the collector is conservative; simple.py tests
# promptness).
import gc

done = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        done.append(self.name)


def report(what):
    gc.collect()
    print(what, sorted(done))
    done.clear()


l = [A("l1"), A("l2"), A("l3")]
del l
report("list")
d = {"x": A("d1"), "y": A("d2")}
d = None
report("dict")
t = (A("t1"), A("t2"))
del t
report("tuple")
s = {A("s1")}
del s
report("set")
nested = [[A("n1")], {"k": (A("n2"),)}]
del nested
report("nested")


class Holder:
    def __init__(self):
        self.a = A("h1")
        self.b = [A("h2")]


h = Holder()
del h
report("instance")
keep = [A("k1")]
x = keep
del keep
report("still referenced")
del x
report("last reference")
