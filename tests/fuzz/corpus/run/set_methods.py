# add, remove, discard, pop, clear, update, and in-place operators.
s = {3}
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.remove(3)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.update([5, 6], (7,))
print(sorted(s))
s |= {8}
s &= {1, 5, 6, 8, 100}
s -= {5}
s ^= {6, 42}
print(sorted(s))
one = {7}
print(one.pop(), one)
try:
    one.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2}
t.clear()
print(t, len(t))
u = {1, 2}
v = u.copy()
v.add(3)
print(sorted(u), sorted(v))
