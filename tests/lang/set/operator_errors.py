# Errors from set operations with wrong types.
s = {1, 2}
for fn in [lambda: s + {3}, lambda: s * 2, lambda: s - [1], lambda: s < [1], lambda: s[0]]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.discard([1])
except TypeError as e:
    print(type(e).__name__, e)
print([1] in [[1]])
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(s.union(range(4))), s.difference('ab') == s)
