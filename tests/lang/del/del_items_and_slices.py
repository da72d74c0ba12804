# del on list items, slices and dict keys.
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[99]
except IndexError as e:
    print(type(e).__name__, e)
nested = {'x': [1, 2, {'y': 3, 'z': 4}]}
del nested['x'][2]['y']
del nested['x'][0]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
m, n = [1, 2, 3], {'k': 'v'}
del m[0], n['k']
print(m, n)
