# Expected output written by hand: CPython 3.11 crashes (C stack overflow) here. An alias
# forwards the attributes it does not own to its origin, which may be an alias too:
# GenericAlias(GenericAlias(...), ...) nested 200000 deep recursed on the C stack without
# a depth guard (segfault on a.foo, and on a | int, which reads __typing_subst__).
# safepy raises RecursionError; a shallow chain still forwards.
import types

a = list
for i in range(200000):
    a = types.GenericAlias(a, int)
for label, f in (('attr', lambda: a.foo), ('name', lambda: a.__name__),
                 ('union', lambda: a | int), ('origin', lambda: a.__origin__ is not None)):
    try:
        print(label, f())
    except RecursionError:
        print(label, 'RecursionError')
b = types.GenericAlias(types.GenericAlias(list, int), str)
print(b.__name__, b.append is list.append)
