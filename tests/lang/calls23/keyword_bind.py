# Keyword arguments bound to parameters: by the compiler's own name objects, by equal
# strings made at run time (**kwargs), and the errors of every wrong form.

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def k3(a, b, c):
    return a, b, c

def po(a, b, /, c, *, d=4):
    return a, b, c, d

def kwa(a, *args, k=1, **kw):
    return a, args, k, sorted(kw.items())

name_b = ''.join(['b'])
name_c = 'c' * 1
for i in range(3):
    print(k3(i, b=1, c=2), k3(c=i, b=1, a=0), k3(i, **{name_b: 5, name_c: 6}))
print(po(1, 2, 3), po(1, 2, c=3), po(1, 2, c=3, d=5), po(1, 2, 3, **{'d': 'dd'}))
print(kwa(1), kwa(1, 2, 3, k=4, z=5), kwa(a=1, b=2), kwa(1, **{name_b: 'x', 'k': 'kk'}))
err(lambda: k3(1, 2, b=3))
err(lambda: k3(1, b=2))
err(lambda: k3(1, b=2, c=3, d=4))
err(lambda: k3(1, 2, 3, c=4))
err(lambda: k3(1, **{1: 2}))
err(lambda: k3(1, **{name_b: 2, 'c': 3, 'x' * 2: 4}))
err(lambda: po(1, b=2, c=3))
err(lambda: po(a=1, b=2, c=3))
err(lambda: po(1, 2, 3, 4))
err(lambda: po(1, 2, 3, e=4))
err(lambda: kwa(1, a=2))
err(lambda: kwa())

class S(str):
    pass
err(lambda: k3(1, **{S('b'): 2, 'c': 3}))

class M:
    def m(self, x, *, y=2):
        return x, y
m = M().m
print(m(1), m(x=1), m(1, y=3), m(y=0, x=9))
err(lambda: m(1, 2))
err(lambda: m(1, self=2))
