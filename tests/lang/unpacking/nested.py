# Nested unpacking of tuples and lists.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
for (x, y), label in [((0, 0), 'origin'), ((1, 2), 'p')]:
    print(label, x, y)
[(a, *b), c] = ['hey', 5]
print(a, b, c)
data = {'pts': [(1, 2), (3, 4)]}
(x1, y1), (x2, y2) = data['pts']
print(x2 - x1, y2 - y1)
((a,),) = ((9,),)
print(a)
