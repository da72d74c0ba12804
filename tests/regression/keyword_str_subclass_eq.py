# A keyword argument whose name is a str subclass with its own __eq__ is matched to a
# parameter by that __eq__ (CPython compares kw == name once identity misses), and an
# exception from it propagates; exact strs made at run time still match by their text.
class Upper(str):
    def __eq__(self, other):
        return str.__eq__(self, other.upper() if isinstance(other, str) else other)
    __hash__ = str.__hash__

class Always(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__

class Boom(str):
    def __eq__(self, other):
        raise ValueError("eq " + other)
    __hash__ = str.__hash__

def f(alpha, beta=2, *, gamma=3, **kw):
    return alpha, beta, gamma, kw

def g(a):
    return a

print(f(**{Upper("ALPHA"): 1}))
print(f(1, **{Upper("GAMMA"): 5, Upper("BETA"): 4}))
print(f(1, **{Upper("beta"): 4}))
print(f(1, **{"".join(["be", "ta"]): 7}))
print(g(**{Always("x"): 2}))
for call in (lambda: g(1, **{Always("zzz"): 2}), lambda: g(1, **{Upper("b"): 1}),
             lambda: f(1, **{Boom("zz"): 1}), lambda: g(1, **{Boom("q"): 1})):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
