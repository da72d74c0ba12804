# for works over strings, dicts, sets, files-like generators, ranges and enumerate/zip.
for ch in 'abc':
    print(ch, end='')
print()
d = {'one': 1, 'two': 2}
for k in d:
    print(k, end=' ')
for k, v in d.items():
    print(k, v, end='; ')
print()
for n in sorted({3, 1, 2}):
    print(n, end=' ')
print()
for i, ch in enumerate('xyz', start=1):
    print(i, ch, end=' | ')
print()
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for x in reversed([1, 2, 3]):
    print(x, end='')
print()
for item in (x * 2 for x in range(3)):
    print(item, end=' ')
print()
