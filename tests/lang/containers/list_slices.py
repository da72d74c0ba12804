# list slicing: read, assign (any iterable, itself, extended), delete, and the error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2], a[5:2])
b = a[:]; b[2:5] = 'xy'; print(b)
b = a[:]; b[2:2] = [7, 7, 7]; print(b)
b = a[:]; b[::2] = range(5); print(b)
b = a[:]; b[::-3] = 'abcd'; print(b)
b = a[:]; b[:] = b; print(b)
b = [1, 2, 3, 4]; b[1:3] = b; print(b)
b = [1, 2, 3]; b[1:] = (x * 2 for x in b); print(b)
b = a[:]; b[7:3] = [0]; print(b)
def f():
    b = a[:]; b[::2] = [1, 2, 3]
show(f)
def g():
    b = a[:]; b[1:3] = 5
show(g)
def h():
    b = a[:]; b[::2] = 5
show(h)
b = a[:]; del b[::3]; print(b)
b = a[:]; del b[::-2]; print(b)
b = a[:]; del b[2:6]; print(b)
b = a[:]; del b[-1]; del b[0]; print(b)
def d():
    b = [1]; del b[5]
show(d)
def s():
    b = [1]; b[3] = 0
show(s)
show(lambda: a['x'])
show(lambda: a[1.5])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a[10**30])
show(lambda: a[::0])
class Idx:
    def __index__(self): return 3
print(a[Idx()], a[Idx():], a[:Idx()])
print(a[-10**30:10**30:10**20])
