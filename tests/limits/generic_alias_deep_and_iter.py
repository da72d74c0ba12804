# Expected output written by hand: CPython 3.11 crashes (C stack overflow) on the deep
# substitution; safepy must raise, not crash: the nested substitution recursed on the C
# stack without a depth guard (segfault). The iteration lines are CPython's output
# (python3.11 gives them): iter() of an alias yields one unpacked alias (*list[~T]);
# before that, iter() fell back to alias[0], alias[1], ... forever (`3 in list[T]` hung).
from typing import TypeVar
T = TypeVar('T')
for f in (lambda: 3 in list[T], lambda: next(iter(list[T])), lambda: list(dict[str, T])):
    try:
        print('no error', f())
    except TypeError:
        print('TypeError')
x = T
for _ in range(100000):
    x = list[x]
try:
    x[int]
    print('substituted')
except RecursionError:
    print('RecursionError')
print(list[T][int], dict[str, list[T]][float])
