# Operations on None raise TypeError/AttributeError with CPython messages.
n = None
for fn in [lambda: n + 1, lambda: n < 1, lambda: n[0], lambda: n(), lambda: len(n),
           lambda: iter(n), lambda: n.foo, lambda: int(n), lambda: -n]:
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    x = None
    x.append(1)
except AttributeError as e:
    print(type(e).__name__ + ':', e)
try:
    for i in None:
        pass
except TypeError as e:
    print(type(e).__name__ + ':', e)
