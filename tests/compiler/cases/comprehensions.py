a = [x for x in y]
b = [x for x in y if x]
c = [x for x in y if x if not x]
d = [x for x in y for z in w]
e = [(x, y) for x in a for y in b if x != y]
f = {x for x in y}
g = {k: v for k, v in d.items()}
h = (x for x in y)
i = [x for x, in y]
j = [x async for x in y]
k = [x for *a, b in c]
l = [y for x in z if (y := x)]
m = [[x for x in row] for row in matrix]
n = {x: [y for y in x] for x in z}
o = sum(x for x in y)
p = f(x for x in y)
q = [x for x in (1, 2, 3)]
r = [x for x in a if x for y in b]
s = [lambda: x for x in y]
