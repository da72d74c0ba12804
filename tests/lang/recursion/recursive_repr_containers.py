# Self-referencing containers print with ... instead of recursing forever.
a = [1, 2]
a.append(a)
print(a, len(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x)
t = ([],)
t[0].append(t)
print(t)
print(a == a)
