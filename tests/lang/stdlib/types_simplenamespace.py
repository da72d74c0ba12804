import types, sys, copy, pickle
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(a=1, b=[2]), ns != types.SimpleNamespace(a=1), type(sys.implementation) is types.SimpleNamespace)
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace): pass
s = Sub(x=1)
print(s, s == types.SimpleNamespace(x=1), copy.copy(s), copy.deepcopy(ns).b, pickle.loads(pickle.dumps(types.SimpleNamespace(q=3))))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(ns)
except TypeError as e: print(e)
print(types.SimpleNamespace(), vars(types.SimpleNamespace(k='v')), types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(a=1) == 1, sys.implementation.name == sys.implementation.name)
del ns.a
print(ns.b, hasattr(ns, 'a'))
