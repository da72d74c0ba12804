# int(x) delegating to __trunc__ gave no DeprecationWarning (CPython 3.11 warns).
class Tr:
    def __trunc__(self): return 9
print(int(Tr()))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(Tr()), w[0].category.__name__, w[0].message)
warnings.simplefilter("error")
try: int(Tr())
except DeprecationWarning as e: print("raised", e)
print(int(3.9), int("5"))
