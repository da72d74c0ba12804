# The iterator protocol: iter() returns an iterator, next() advances it until StopIteration.
lst = [10, 20, 30]
it = iter(lst)
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
it2 = iter(lst)
print(iter(it2) is it2, list(it2), list(it2))
for it in [iter('ab'), iter((1,)), iter({'k': 0}), iter({7}), iter(range(2))]:
    print(list(it))
s = 'xyz'
i1, i2 = iter(s), iter(s)
next(i1)
print(next(i1), next(i2))
