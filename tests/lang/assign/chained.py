# Chained assignment binds all targets to the same object, left to right.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d['first'] = d['second'] = 'v'
print(d)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p, q = r = 1, 2
print(p, q, r)
class O:
    pass
o = O()
o.a = o.b = 5
print(o.a, o.b)
