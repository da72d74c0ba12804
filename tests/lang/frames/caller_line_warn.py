# warnings.warn(stacklevel=2) from a property, __getattr__ and a dunder names the line
# that used it (the warnings go to stderr: caller_line_warn.py.err)
import warnings

class A:
    @property
    def old(self):
        warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
        return 1
    def __getattr__(self, name):
        warnings.warn("no " + name, UserWarning, stacklevel=2)
        return 0
    def __add__(self, other):
        warnings.warn("adding", UserWarning, stacklevel=2)
        return 2

warnings.simplefilter("always")
a = A()
print(len([]))
x = a.old
print(len([]))
y = a.other
print(len([]))
z = a + 1
print(x, y, z)
