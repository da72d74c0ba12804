# * and ** unpacking in calls and in list/tuple/set/dict displays.
def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*'abc'), f(*range(3)))
print(f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
print([*args, *'xy'], (*args,), {*args, 3}, [*range(2), 99])
d1 = {'a': 1}
d2 = {'b': 2, 'a': 0}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'z': 26})
print(*[1, 2], *(3,), sep='-')
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{'a': 5, 'b': 1, 'c': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
