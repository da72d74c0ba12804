# index and count, including start/stop arguments for index.
a = ['a', 'b', 'c', 'b', 'a']
print(a.index('b'), a.index('b', 2), a.index('a', 1, 5), a.index('c', -3))
print(a.count('a'), a.count('z'), [1, 1.0, True].count(1))
try:
    a.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index('c', 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(None)
except ValueError as e:
    print(type(e).__name__, e)
print([[1], [2], [1]].count([1]))
