# mappingproxy has the names of CPython 3.11 (__class_getitem__, __ior__ that refuses |=).
import types
m = types.MappingProxyType({'a': 1})
print(sorted(set(dir(m)) - set(dir(object()))))
print(types.MappingProxyType.__ior__)
try:
    m |= {}
except TypeError as e:
    print(e)
try:
    m.__ior__({})
except TypeError as e:
    print(e)
print(m | {'b': 2}, {'b': 2} | m)
