# List slicing with small-int / None bounds (the VM's no-slice-object path) must agree with
# the generic path in every corner: steps, clamping, aliasing, sources, errors.
a = list(range(10))
for start in (None, -12, -10, -3, -1, 0, 1, 5, 9, 10, 15):
    for stop in (None, -12, -3, -1, 0, 2, 7, 10, 20):
        for step in (None, -11, -3, -2, -1, 1, 2, 3, 11):
            got = a[start:stop:step]
            assert got == [a[i] for i in range(*slice(start, stop, step).indices(10))], (start, stop, step)
print(a[::-1], a[::2], a[-3:], a[:0], a[5:2], a[5:2:-1], a[8::-1], a[:-1:-1])
print(a[2:5], a[-100:100], a[::-4], a[1::3])
# the result is a new list
b = a[:]
print(b is a, b == a)
b[0] = 99
print(a[0], b[0])
# slice assignment, same and different lengths, sources
c = list(range(8))
c[:3] = c[2::-1]
print(c)
c[1:4] = [7, 8]
print(c)
c[2:2] = (5, 6, 7)
print(c)
c[:] = c
print(c)
c[3:1] = [0]
print(c)
c[:2] = c
print(c)
c[-2:] = []
print(c)
c[5:100] = ()
print(c)
c[100:] = [1, 2]
print(c)
d = [1, 2, 3]
d[1:2] = "xy"
print(d)
d[0:1] = range(3)
print(d)
d[::2] = [0, 0, 0]
print(d)
d[::-1] = d
print(d)
# errors
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[:2] = None
except TypeError as e:
    print(type(e).__name__, e)
# big bounds and other containers
print(a[2**70:], a[-2**70:2], a[:2**70:2**65])
print((1, 2, 3)[::-1], "abcdef"[1:4], "abc"[::-1], range(10)[2:5])
class L(list):
    def __getitem__(self, k):
        return ("L", k)
    def __setitem__(self, k, v):
        print("set", k, v)
l = L([1, 2, 3])
print(l[1:2], l[::-1])
l[0:1] = [5]
class Ix:
    def __index__(self):
        return 2
print(a[Ix():], a[:Ix()])
e = [1, 2, 3]
e[True:] = [9]
print(e, a[False:True])
x = [[1, 2, 3, 4]]
x[0][1:3] = x[0][2:0:-1]
print(x)
