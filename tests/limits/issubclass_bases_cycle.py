# issubclass through objects whose single __bases__ come back round (a -> b -> c -> a):
# safepy raises RecursionError; CPython 3.11 loops forever in C there, so the expected
# output is written by hand. A long acyclic single chain still answers.
class C:
    pass
a, b, c, x = C(), C(), C(), C()
a.__bases__ = (b,)
b.__bases__ = (c,)
c.__bases__ = (a,)
x.__bases__ = ()
for cls in (x, a, b, c):
    try:
        print(issubclass(a, cls))
    except RecursionError as e:
        print('RecursionError', e)
chain = x
for i in range(100000):
    o = C()
    o.__bases__ = (chain,)
    chain = o
print(issubclass(chain, x), issubclass(chain, a))
