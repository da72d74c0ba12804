# complex(1, obj) used obj.__complex__ (CPython only consults it for the first argument); del x[0] said "does not" for builtins whose CPython type has a sequence table (and vice versa); '__weakref__' in __slots__ was ignored; tuple += non-iterable user object gave the generic operand message
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __complex__(self):
        return 1j

class V:
    pass

class W:
    def __getitem__(self, k):
        return 1

t(lambda: complex(1, C()))
t(lambda: complex(C()))
for o, k in [(1, 0), (V(), 0), (V(), 'a'), (W(), 0), (W(), 'a'), ((1,), 0), ('a', 0), (frozenset(), 0), ((1,), 'a'), ({}, 0)]:
    def d():
        del o[k]
    t(d)

class SW:
    __slots__ = ('x', '__weakref__')

import weakref
s = SW()
t(lambda: weakref.ref(s)() is s)
t(lambda: SW.__weakref__.__name__)

def iadd():
    x = (1,)
    x += V()
t(iadd)
def imul():
    x = [1]
    x *= V()
t(imul)
t(lambda: [1] * V())
t(lambda: V() * (1,))
