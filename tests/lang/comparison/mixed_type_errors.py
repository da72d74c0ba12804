# Ordering comparisons between unrelated types raise TypeError; equality does not.
pairs = [(1, 'a'), ('a', 1), (1, None), (None, None), ([1], (1,)), ({}, {}), (1.5, 'x'), ({1}, 1), (b'a', 'a')]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
    for op, fn in [('<', lambda: a < b), ('>=', lambda: a >= b)]:
        try:
            print('  ', op, fn())
        except TypeError as e:
            print('  ', type(e).__name__, e)
class A:
    pass
try:
    A() > A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
print(A() == A(), 1 == 'a', [] != ())
