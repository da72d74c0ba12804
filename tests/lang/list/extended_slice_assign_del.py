# Extended slice assignment needs matching length; del works on all slices.
a = list(range(10))
a[::2] = ['e'] * 5
print(a)
a[1::2] = 'abcde'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::-1] = [0]
except ValueError as e:
    print(type(e).__name__, e)
a[::-3] = [1, 2, 3, 4]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[::-2]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print(type(e).__name__, e)
del c[5:]
print(c)
