# IndexError and TypeError messages for list indexing.
a = [1, 2, 3]
for i in [3, -4]:
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        a[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a['x']
except TypeError as e:
    print(type(e).__name__, e)
print(a[-1], a[-3], a[True])
