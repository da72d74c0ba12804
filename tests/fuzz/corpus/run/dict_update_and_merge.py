# update, | and |= merge operators, and copy.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
c = a.copy()
c |= b
print(c, a)
a.update(b)
print(a)
a.update([('w', 0)], v=9)
print(a)
a.update(x=100)
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
c |= [('q', 1)]
print(c)
try:
    a.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.update(['ab', 'cde'])
except ValueError as e:
    print(type(e).__name__, e)
