with (a for a in b): pass
with (yield x) as y: pass
print((yield))
f(**{'a': 1}), f(*a, *b, **c, **d), f(a, *b, c, *d, e=1, **f)
g = lambda x=(y:=1): x
h = lambda x: x if x else y
i = a if b else lambda: c
j = a[(x:=1):2], a[x:=1] if False else 0
k = {**a, **b}, {*a, *b}
l = not a == b, -1 ** 2, -await_x, ~x ** -y
m = Rb'' + bR'' + Br'' + rB''
n = fR'{x}' + Rf'{x}' + F'{x}' + rF'{x}'
o = f"{'a'}" f'{"b"}' f"""{'''c'''}""" f'''{"""d"""}'''
p = 1_0j, 0_0, 0o0, 0b0, 0x0, 00.0, 0e0j
def q(print, match, case, _): return print(match, case, _)
r = x if y else z if w else v
s = [*a, *b], (*a,), {*a}
t = a[b][c:d][e:f:g][h, i:j]
u = f(a)(b)(c=d)(*e)(**f)
v = (a) . b
w = (a) (b)
x = (a) [b]
y = 'a' \
    'b'
z = (
    # comment
    1,  # another
    2
)
class A(B, C, metaclass=M, x=1, *args, **kwargs): pass
def aa(a, b=1, /, c=2, *d, e, f=3, **g): pass
def bb(*, a=1, b): pass
def cc(a, /, *, b): pass
dd = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
ee = lambda *, a: a
ff = lambda *a, **k: 0
gg = lambda a, /: a
if a: pass
elif b: pass
else: pass
for x in y: break
else: continue
while x: break
else: pass
hh = [x for x in y if x if y for z in x if z]
jj = x.y.z(1)[2].w
kk = "a" "b" 'c' """d""" '''e'''
ll = b"a" b'b' rb"\d"
mm = u"a" "b"
nn = 1 if 2 else 3 if 4 else 5
oo = a and b or c and d or not e
pp = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
qq = (a, b) = (c, d) = e
rr: "str" = "x"
ss: list[int]
tt.uu: int = 1
vv[0]: int = 1
(ww): int = 1
del (a), [b], c.d, e[f], (g, h)
del a,
assert (a, b)
raise a from None
global x1, x2
nonlocal_ = 1
import a, b.c, d.e.f as g
from a.b import (c, d as e, f)
from .. import g as h
from ...i.j import k
try: pass
except (A, B): pass
except C as c: pass
except: pass
else: pass
finally: pass
with a, b as c, d as (e, f), g as [h, i], j as k.l, m as n[o]: pass
async def xx():
    async with a as b, c as d: pass
    async for [a, b] in c: pass
    await (await x)
    [await x async for y in z if await w]
    return await y
@a
@b.c
@d(e)(f)
@g[h]
class YY: pass
zz = 1; zz += 1; zz -= 1; zz *= 1; zz @= 1; zz /= 1; zz //= 1; zz %= 1; zz **= 1
zz >>= 1; zz <<= 1; zz &= 1; zz ^= 1; zz |= 1
