# __future__ is importable (safepy freezes it into the binary) and behaves like CPython's.
from __future__ import annotations
import __future__
print(__future__.annotations)
print(__future__.division.getMandatoryRelease())
print(sorted(__future__.all_feature_names)[:3])
def f(x: int) -> "str":
    return str(x)
print(f(3))
