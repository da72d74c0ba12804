# FOR_ITER over lists and ranges (mutation during iteration, big ranges, negative steps)
# and direct calls of builtin functions and method descriptors.
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if x == 2:
        lst.append(4)
print(out)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
print([i for i in range(10, 0, -3)], sum(range(2**62 - 3, 2**62 + 2)))
print(list(range(2**63 - 2, 2**63 + 1)))
it = iter([5, 6])
for x in it:
    print(x, list(it))
r = iter(range(3))
print(next(r), list(r), list(r))
print(list.append, str.upper('abc'), list.__len__([1, 2]))
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    pass
l = L()
list.append(l, 3)
print(l, len(l), max([3, 1, 2], key=lambda v: -v), sorted([3, 1], reverse=True))
print(dict.fromkeys('ab'), int.from_bytes(b'\x01\x00', 'little'))
