# inspect.Signature, Parameter and BoundArguments pickle and copy
import copy
import inspect
import pickle


def foo(a, /, b: int = 1, *args, c, d=4, **kw) -> str:
    pass


sig = inspect.signature(foo)
ba = sig.bind(1, 2, 3, c=5, e=6)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s2 = pickle.loads(pickle.dumps(sig, proto))
    print(proto, s2 == sig, str(s2), s2.return_annotation)
    p2 = pickle.loads(pickle.dumps(sig.parameters['b'], proto))
    print(p2 == sig.parameters['b'], repr(p2), p2.kind, p2.default, p2.annotation)
    b2 = pickle.loads(pickle.dumps(ba, proto))
    print(b2 == ba, b2.args, b2.kwargs, dict(b2.arguments))
print(copy.deepcopy(sig) == sig, copy.copy(sig.parameters['kw']))
print(sig.parameters['a'].__reduce__()[1])
