# mappingproxy |= other silently rebound the name to a new dict; CPython raises TypeError
import types
p = types.MappingProxyType({'a': 1})
q = p
try:
    q |= {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
print(type(q).__name__, dict(q))
print(p | {'b': 2}, {'b': 2} | p)
class C: pass
d = C.__dict__
try:
    d |= {}
except TypeError as e:
    print(type(e).__name__, e)
