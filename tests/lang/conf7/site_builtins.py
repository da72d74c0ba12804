import builtins
print(repr(license))
print(repr(help))
print(type(help).__name__, type(copyright).__name__, type(help).__module__)
print(callable(help), callable(copyright), callable(credits), callable(license))
print(all(n in dir(builtins) for n in ['help', 'copyright', 'credits', 'license', 'exit', 'quit']))
print(isinstance(repr(copyright), str), isinstance(str(credits), str), repr(copyright) == str(copyright))
try:
    copyright(1)
except TypeError as e:
    print(e)
def f(x, y=2, *a, k, **kw):
    """Add things.

    More text."""
    return x
help(f)
def g(): pass
help(g)
class C:
    """A class C."""
    def m(self, a):
        """method m"""
    x = 1
help(C)
class D(C):
    def n(self): pass
help(D)
help(C.m)
class P:
    @property
    def val(self):
        """The value."""
        return 1
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls): pass
help(P)
