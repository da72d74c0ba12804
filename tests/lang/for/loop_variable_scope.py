# The loop variable persists after the loop and may be any assignment target.
for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
class Holder:
    pass
h = Holder()
for h.attr in [1, 2, 3]:
    pass
print(h.attr)
lst = [0, 0, 0]
for lst[0] in 'abc':
    pass
print(lst)
d = {}
for d['k'] in range(4):
    pass
print(d)
for x, y in [(1, 2), (3, 4)]:
    pass
print(x, y)
