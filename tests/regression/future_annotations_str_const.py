# Under `from __future__ import annotations`, a string-literal annotation must be unparsed as its repr ('str'), not the source text ("str").
from __future__ import annotations
def f(a: "str", b: 'List["int"]', c: "it's" = 1) -> "x": pass
print(f.__annotations__)
x: "double" = 1
print(__annotations__)
