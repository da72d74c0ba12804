# The source both ast_dump.py and ast_helpers.py parse: decorators, async, match, except*,
# f-strings, walrus, imports, annotations.
SRC = '''
@dec(1)
async def f(a, /, b: int = 2, *c, d, e=3, **g) -> "r":
    """Doc
       string."""
    async with x as (y, z), w:
        await q
    async for i in j: pass
    return [k async for k in m if k]
class C(B, metaclass=M):
    x: int = 1
    def m(self): yield from g(); yield
match p:
    case [1, *rest] | {"k": v, **kw} if v: pass
    case Point(x=0, y=_) as pt: pass
    case None | True | -1+2j | "s" | b"b": pass
    case _: pass
try:
    pass
except* (E, F) as e:
    raise X from Y
finally:
    del a[1:2, ::3], b.c
global gg
s = f"{x!r:>{w}} {y=}" u"u" 'v'
lambda *, k=1: (k := 2)
from ..mod import a as b, c
import os.path as p
assert x, "msg"
t = 1 if 2 else 3; u = {**d, 1: 2}; v = {i: j for i, j in z}; w = (-x) ** ~y @ z
'''
