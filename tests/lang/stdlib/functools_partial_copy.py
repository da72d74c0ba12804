import copy, functools
def f(*a, **k): return a, k
p = functools.partial(f, 1, x=2); p.attr = 'A'
q = copy.copy(p); r = copy.deepcopy(p)
print(q(3), r(4), q.attr, r.attr, q is not p, q.keywords is not p.keywords, p.__reduce__()[1][0] is f)
print(functools.partial(f).__reduce__()[2][2:], type(copy.copy(functools.partial(f))).__name__)
class P(functools.partial): pass
print(type(copy.copy(P(f, 1))).__name__, copy.copy(P(f, 1))(2))
s = functools.partial(f)
try: s.__setstate__((1, 2))
except TypeError as e: print(e)
s.__setstate__((f, (9,), {'z': 1}, None)); print(s())
