# a functools.partial whose func leads back to itself (set through __setstate__) looped forever: the forwarding call is a C tail call with no frame, so no depth limit was reached. CPython 3.11 segfaults here; the expected output is the RecursionError it raises for Python-level cycles.
import functools
p = functools.partial(print)
p.__setstate__((p, (), {}, None))
try:
    p()
except RecursionError as e:
    print('RecursionError', e)
a = functools.partial(print)
b = functools.partial(a, 1)
a.__setstate__((b, (2,), {}, None))
a(3)  # b was flattened to partial(print, 1) at construction, as in CPython: no cycle
# an ordinary chain still works, and the guard is released after each call
q = functools.partial(functools.partial(functools.partial(max, 1), 2), 3)
print(q(0), q(9), functools.partial(len, 'abc')())
