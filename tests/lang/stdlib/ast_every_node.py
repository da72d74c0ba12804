# Every node class the parser makes, exported with its fields and positions (ast.dump
# with include_attributes), then compiled back from the exported tree, also with end
# positions removed (they default to the start positions).
import ast

SRC = '''
import os, os.path as p
from .. import a as b, c
from x import *
global g
def f(a, /, b: int = 1, *c, d, e=2, **k) -> None:
    nonlocal_ = 1
    return a
async def af():
    async for i in y: pass
    async with m as n, o: pass
    await z
class C(B, metaclass=M):
    @dec
    def m(self): del self.x, y[0]
x = y = 1
x += 1
x: int = 2
for i in r:
    break
    continue
else:
    pass
while t: pass
if a: pass
elif b: pass
else: pass
with a as (b, c): pass
raise E from F
try: pass
except E as e: pass
else: pass
finally: pass
try: pass
except* E: pass
assert a, 'm'
a and b or not c
(w := 1)
a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n
-a, +b, ~c
lambda x, *y, z=1, **w: x
a if b else c
{1: 2, **d}
{1, *s}
[x for x in y if x for z in w]
{x for x in y}
{k: v for k, v in y}
(x for x in y)
def gen():
    yield
    yield 1
    yield from g
a < b <= c > d >= e == f != g is h is not i in j not in k
f(a, *b, c=d, **e)
f"{a!r:>{w}} {b}"
b'x', 'u', u'v', 1.5, 2j, ..., None, True
a.b.c
a[1:2:3, ::2]
*a, b = c
match v:
    case 1 | 2: pass
    case None | True | False: pass
    case [a, *rest]: pass
    case {'k': v, **kw}: pass
    case Point(1, y=2) as pt if pt: pass
    case [*_]: pass
    case _: pass
'''

tree = ast.parse(SRC)
print(ast.dump(tree, include_attributes=True))
code = compile(tree, '<tree>', 'exec')
print(type(code).__name__)

def strip_ends(t, patterns):
    for n in ast.walk(t):
        if isinstance(n, ast.pattern) and not patterns:
            continue
        for a in ('end_lineno', 'end_col_offset'):
            if a in n._attributes and hasattr(n, a):
                delattr(n, a)
    return t

try:
    compile(strip_ends(ast.parse(SRC), True), '<tree>', 'exec')
except TypeError as e:
    print(e)
code = compile(strip_ends(ast.parse(SRC), False), '<tree>', 'exec')
print(type(code).__name__)
for mode, src in (('eval', 'a + 1'), ('single', 'x = 1')):
    print(ast.dump(ast.parse(src, mode=mode), include_attributes=True))
print(ast.dump(ast.parse('x = 1', type_comments=True)))
