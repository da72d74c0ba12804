# None is a singleton, falsy, and its type is NoneType.
print(None, repr(None), str(None))
print(type(None).__name__)
print(None is None, None == None, None != 0, None == False)
print(bool(None), not None)
def f():
    pass
print(f() is None)
def g():
    return
print(g())
x = None
print(x is None, x is not None)
print([None] * 3)
print({None: 1}[None])
print(type(None)() is None)
print(None.__class__.__name__)
