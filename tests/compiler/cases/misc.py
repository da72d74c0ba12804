print
print()
exec
x = ...
x = Ellipsis
x = None
if True: pass
assert isinstance(x, int), f"not int: {x!r}"
l = [
    1,  # comment
    2
]
def f(
    a,
    b,
):
    """Docstring
    spanning lines."""
    return (
        a +
        b
    )
class A(
    B,
):
    def m(self): return self.x[0].y(1, *a)
x = [i for i in range(10)
     if i % 2]
y = {**a, **{'b': 1}}
z = a if b else(c)
w = not(x)
v = a[b][c][d]
u = a.b().c().d()
t = lambda: (yield)
s = 1,
r = x.real.imag.real
q = (1).real
p = 1 .real
o = 1.0.real
n = type(x)(y)
