# Iterating over a list while appending or removing behaves by index.
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x + 10)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
c = [1, 2, 3, 4]
for x in c[:]:
    if x % 2 == 0:
        c.remove(x)
print(c)
d = [3, 1, 2]
i = 0
while i < len(d):
    if d[i] == 1:
        del d[i]
    else:
        i += 1
print(d)
