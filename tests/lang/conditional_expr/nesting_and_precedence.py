# Conditional expressions have the lowest precedence and nest to the right.
x = 0
print(1 if x else 2 if x == 0 else 3)
print((1 if x else 2) if True else 3)
print(10 + 1 if x else 20 + 2)
print(10 + (1 if x else 20) + 2)
print([1, 2] if x else [3] * 2)
print(not x if x is not None else 'none')
f = lambda v: v if v > 0 else -v if v < 0 else 'zero'
print(f(5), f(-5), f(0))
val = 'a' if x else 'b' if False else 'c'
print(val)
print(type(1 if x else 2.0).__name__, type(1 if not x else 2.0).__name__)
y = x or 5 if x is not None else 7
print(y)
print(*(['yes'] if x else ['no', 'way']))
