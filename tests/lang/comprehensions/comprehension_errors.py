# Errors raised inside comprehensions propagate normally.
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [x for x in 10]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [undefined for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
