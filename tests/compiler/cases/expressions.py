# operators, precedence and positions
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = -x ** -y ** 2
c = ~a | b ^ c & d << 2 >> 1
d = not a and b or c and not d
e = a < b <= c == d != e > f >= g is h is not i in j not in k
f = (a + b) * (c - (d))
g = ((a)) . b . c ( 1 ) [ 2 ]
h = a if b else c if d else e
i = lambda: 0
j = lambda a, b=1, *c, d, e=2, **f: a
k = lambda *, x: x
l = lambda a, /, b: a
m = await_ = 3
n = x[1], x[1:2], x[::], x[:], x[1:], x[:2], x[::3], x[1:2:3]
o = x[1:2, 3], x[...], x[a, b:c], x[(1, 2)], x[*a], x[*a, b]
p = f(a)(b)(c)[d].e
q = f(*args, **kwargs), f(a, *b, c=1, **d, e=2), f(x for x in y)
r = [1, 2, *rest], (1, *rest), {1, *rest}, {**a, 'b': 1, **c}
s = (yield)
t = (x := 10) + (y := 20)
u = [y := f(x), y ** 2]
v = a.b.c.d.e.f
w = (1,), (), [], {}, (1), ((1, 2),)
x = 1 if True else (2 if False else 3)
y = a @ b @ c
z = (a
     + b
     - c)
aa = -1, +1, ~1, not 1
bb = a or b or c or d
cc = a and b and c
dd = (a or b) and (c or d)
ee = x is not None and y not in z
ff = f(a)[b](c).d[e:f]
gg = x if y else z, 1
hh = *a, *b
ii = a, = b
