# A class defined in an Enum body still becomes a member but warns (3.11.2: "In 3.13
# classes created inside an enum will not become a member").
import enum, warnings
warnings.simplefilter("always")
import sys
sys.stderr = sys.stdout
warnings.formatwarning = lambda m, c, f, l, line=None: "%s: %s\n" % (c.__name__, m)
class Outer(enum.Enum):
    a = 1
    b = 2
    class Inner(enum.Enum):
        foo = 10
        bar = 11
print(list(Outer), Outer.Inner.value)
