# Assigning and deleting through slice objects.
a = list(range(8))
sl = slice(2, 5)
a[sl] = ['x']
print(a)
del a[slice(None, None, 2)]
print(a)
b = list('abcdef')
b[slice(None, None, -2)] = 'XYZ'
print(b)
try:
    b[slice(None, None, 2)] = 'Q'
except ValueError as e:
    print(type(e).__name__, e)
half = slice(len(b) // 2)
print(b[half], b[slice(len(b) // 2, None)])
print(slice(1, 2, None).step, slice(1, 2).start)
