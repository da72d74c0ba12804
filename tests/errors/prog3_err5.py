class E(Exception): pass
try:
    raise E
except E as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e, e.args)
def g():
    yield 1
    raise ValueError("in gen")
try:
    for x in g():
        pass
except ValueError as e:
    print(e)
raise ValueError("outer") from KeyError("inner")
