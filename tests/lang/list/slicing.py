# Reading list slices with all step variants.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[7:2:-2], a[-1:-4:-1])
print(a[20:], a[-20:2], a[5:2], a[2:2])
print(a[::-3], a[8::-4])
s = a[:]
s[0] = 'changed'
print(a[0], s[0])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(a[slice(1, 4)], a[slice(None, None, 5)])
try:
    a['1':]
except TypeError as e:
    print(type(e).__name__, e)
