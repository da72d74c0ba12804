# Classes of frozen modules that stand in for CPython C types are named "module.name" in
# interpreter messages (CPython's tp_name), while __name__ stays short; user subclasses
# are named by __name__. Also: int() checks the argument count before keyword names.
import collections
import re


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class MyDD(collections.defaultdict):
    pass


objs = [collections.defaultdict(int), collections.OrderedDict(), re.compile("a"),
        re.match("a", "a"), MyDD(list), collections.Counter()]
for o in objs:
    t(lambda: o.nope)
    t(lambda: o + object())
    t(lambda: o())
    print(type(o).__name__, type(o).__qualname__, type(o).__module__, type(o))
t(lambda: len(re.compile("x")))
t(lambda: re.compile("x")[0])
print(type(collections.defaultdict).__name__, type(re.Pattern).__name__)
print("_c_type_name" in dir(collections), "_c_type_name" in dir(re))
t(lambda: int("1", base=1, x=2))
t(lambda: int("1", 2, 3))
t(lambda: int(x=2))
t(lambda: int("12", base=3))
