# Tuples are immutable but may contain mutable objects.
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
u = t
t += (6,)
print(t, u, t is u)
