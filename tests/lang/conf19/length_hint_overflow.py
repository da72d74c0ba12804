# __length_hint__ / __len__ results out of the ssize_t range: CPython's OverflowError text
# (review fix); negative, bool, int subclass and non-int results
def f(*a):
    return len(a)


class C:
    def __init__(s, h):
        s.h = h

    def __iter__(s):
        return iter([1, 2])

    def __length_hint__(s):
        return s.h


class L(C):
    def __len__(s):
        return s.h


class Big(int):
    pass


for h in [2**100, -1, -2**100, 'x', 1.5, True, Big(3), Big(-3), None, NotImplemented, 2**63,
          -(2**63)]:
    for K in (C, L):
        for fn in (f, list, tuple):
            try:
                r = fn(*K(h)) if fn is f else fn(K(h))
                print(K.__name__, fn.__name__, repr(h)[:10], 'ok', r)
            except Exception as e:
                print(K.__name__, fn.__name__, repr(h)[:10], type(e).__name__, e)
