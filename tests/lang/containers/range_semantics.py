# range: construction errors, len, indexing, slicing to ranges, contains, count/index, repr, ==, hash, big ranges
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(1, 10, 3), range(10, 0, -2), range(0), range(-3))
print(list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), len(range(10, 0, -3)))
show(lambda: range(1, 2, 0))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1.5))
show(lambda: range('a'))
show(lambda: range(x=1))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[-2:], r[10:], r[:100], len(r[::3]))
show(lambda: r[7])
show(lambda: r[-8])
show(lambda: r['a'])
show(lambda: r[::0])
print(3 in r, 4 in r, 7 in r, 31 in r, -1 in r, 7.0 in r, True in range(2), 'a' in r)
print(r.count(7), r.count(8), r.count(7.0), r.index(11), r.start, r.stop, r.step)
show(lambda: r.index(8))
show(lambda: r.index('x'))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(5)) == hash(range(0, 5)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))))
big = range(10**20)
print(len(range(2**62)), big[10**19], big[-1], 10**19 in big, big[10:13], big[::10**19])
show(lambda: len(big))
show(lambda: len(range(-2**63, 2**63)))
print(range(2**64, 2**64 + 3)[1], list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
print(list(range(-2**63, -2**63 + 2)), list(range(2**63 - 2, 2**63)), list(range(2**63 - 1, 2**63 - 9, -4)))
class Ix:
    def __index__(self): return 4
print(range(Ix()), range(10)[Ix()], bool(range(0)), bool(range(1)), sum(range(101)))
it = iter(range(3)); print(next(it), list(it), list(it))
print(range(10)[2:8][1:][::2], range(0, 20, 5)[::-1][1])
