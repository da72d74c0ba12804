# append, extend and insert, including insert at out-of-range and negative positions.
a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend('ab')
a.extend(range(2))
a.extend(())
print(a, len(a))
b = [1, 2, 3]
b.insert(0, 'first')
b.insert(-1, 'before-last')
b.insert(100, 'end')
b.insert(-100, 'start')
print(b)
c = []
c += [1]
c += (2, 3)
c += 'xy'
print(c)
try:
    c.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.append()
except TypeError as e:
    print(type(e).__name__, e)
print(c.append(9))
