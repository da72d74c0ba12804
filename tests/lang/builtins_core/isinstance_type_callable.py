# isinstance, type(), callable, and id-based identity checks.
print(type(1), type('a'), type([]), type(None), type(len), type(type))
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(1, (str, int)), isinstance([], list), isinstance({}, dict), isinstance(range(1), range))
print(callable(print), callable(1), callable(lambda: 0), callable(int), callable('s'.upper))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), a is b)
T = type('T', (), {'v': 5})
print(T.__name__, T().v, type(T()).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(type(1)).__name__, type.__name__, int.__class__.__name__)
