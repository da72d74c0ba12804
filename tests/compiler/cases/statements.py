import a
import a.b.c
import a.b as c, d as e
from a import b
from a.b import (c as d, e,
    f,)
from . import x
from .. import y
from ...a import z
from .... import w
from . a . b import q
import  a . b  .c
global g1, g2
def f(): nonlocal n1
x = y = z = 1
x, y = y, x
[a, b] = c
(a, b), c = d
a, *b = c
*a, b = c
x.y = 1
x[0] = 1
x[1:2] = []
x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7
s @= 8; r &= 9; q |= 10; p ^= 11; o <<= 12; n >>= 13
(x) = 1
(x) += 1
x: int
x: int = 1
(x): int = 1
x.y: int = 2
x[0]: int
x: List[int] = []
del a
del a, b
del (a, b)
del [a, b]
del a.b, a[0]
del (a)
assert x
assert x, "message"
raise
raise E
raise E from C
pass
return_ = 1
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while True:
    break
else:
    continue
for x in y:
    pass
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for x.y in z: pass
for x[0] in z: pass
for *x, y in z: pass
for x in y, z: pass
for x in *y, z: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with a as (b, c): pass
with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a): pass
with (a) as b: pass
with (yield): pass
with a as b.c, d as e[0]: pass
class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): pass
class D(): pass
class E(*bases): pass
@dec
class F: pass
@a.b.c
@d(e)
@f[g]
@(h := i)
@j if k else l
def g(): pass
def h(a, b, /, c, d=1, *, e, f=2, **g) -> int: return a
def i(*args: int, **kwargs: str): ...
def j(a: int = 1, *b: *Ts): pass
def k(a, /): pass
def l(a=1, /, b=2): pass
def m(*, a): pass
def n(a, *, b=1, c): pass
def o(**kw,): pass
def p(a,): pass
x = 1; y = 2;
if x: y = 1; z = 2
while x: x -= 1
for i in r: print(i); continue
class G: x = 1; y = 2
def q(): return
def r(): return 1, 2
def s(): return *a, b
def t(): yield
def u(): yield 1
def v(): yield from x
def w(): x = yield y
def y(): await z
