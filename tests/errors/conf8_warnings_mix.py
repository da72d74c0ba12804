import re
pat = "\d+\.\d"
print(re.findall(pat, "1.5 and 22.75"))
b = b"\q"
print(len(b))
x = 5
print(x is 5, "a" is "a", () is ())
import warnings
warnings.warn("plain user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("future", FutureWarning)
warnings.warn("runtime", RuntimeWarning, stacklevel=1)
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old()
for i in range(3):
    warnings.warn("once per location")
assert (x, "never fails")
print(eval("'\\d'"))
