# in / not in, index and count on ranges.
r = range(0, 100, 5)
print(10 in r, 11 in r, 100 in r, -5 in r, 95 in r)
print(10.0 in r, 10.5 in r, '5' in r, True in range(2))
print(r.index(35), r.count(35), r.count(36))
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(5 in range(10, 0, -1), 0 in range(10, 0, -1))
print(10 ** 18 in range(0, 10 ** 19, 2))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
