from functools import singledispatch
import collections.abc as c
def mk(*types):
    @singledispatch
    def f(x): return 'object'
    for t in types:
        f.register(t, lambda x, t=t: t.__name__)
    return f
cases = [
    ((c.Sequence, c.Mapping), [[], (), 'a', {}, set()]),
    ((c.Iterable, list), [[], (), 5]),
    ((c.MutableSequence, c.Sequence), [[], (), 'x']),
    ((int, c.Hashable), [1, 'a', [], True]),
    ((object, c.Collection), [[], 1]),
]
for types, vals in cases:
    f = mk(*types)
    out = []
    for v in vals:
        try: out.append(f(v))
        except RuntimeError as e: out.append('RuntimeError: ' + str(e))
    print([t.__name__ for t in types], out)
