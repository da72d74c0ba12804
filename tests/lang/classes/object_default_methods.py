# Default behaviour inherited from object: equality by identity, hashable, str uses repr.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b)
print(hash(a) == hash(a), len({a, b, a}))
print(str(a) == repr(a), repr(a).startswith('<__main__.Plain object at'))
print(Plain.__bases__ == (object,), isinstance(a, object))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(dir(a) == dir(Plain), '__init__' in dir(a))
print(type(a).__name__, type(Plain).__name__, type(type).__name__)
print(object().__class__.__name__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
