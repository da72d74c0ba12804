# Tuples keep their items inline after the header, in one heap chunk (session 12: was a
# header plus a separate item chunk). Every way a tuple is built, read and copied, across
# collections, must see exactly its items: sizes 0..40 and a large one, repetition (also
# overflowing to MemoryError), concatenation, slices, unpacking, negative subscripts,
# list operations taking a tuple as their source, dict/set uses, __slots__ (whose storage
# is a tuple), subclasses with attributes, marshal with a self-referencing list.
import gc
import marshal


def check(t, n):
    assert len(t) == n, (len(t), n)
    assert list(t) == list(range(n)), t
    for i in range(n):
        assert t[i] == i and t[i - n] == i


for n in range(41):
    t = tuple(range(n))
    check(t, n)
    check(t[:], n)
    check(tuple(list(t)), n)
print("sizes ok")

big = tuple(range(100000))
check(big, 100000)
print(big[-1], big[50000:50003], len(big[::7]))

# repetition and concatenation
print((1, 2) * 3, () * 5, (7,) * 0, (1,) * -1, len((0, 1, 2) * 1000))
print((1, 2) + (3,), () + (4,), (5,) + ())
for bad in (2 ** 62, 2 ** 61 + 1):
    try:
        (1, 2, 3, 4) * bad
    except MemoryError:
        print("MemoryError", bad)
try:
    (1,) * (2 ** 70)
except OverflowError as e:
    print("OverflowError", e)

# slices and unpacking
t = tuple("abcdefgh")
print(t[1:5], t[::-2], t[5:1], t[-3:], t[100:])
a, b, *rest = t
print(a, b, rest)
x, y = (10, 20)
print(x, y, t[-1], t[-8])
try:
    t[8]
except IndexError as e:
    print("IndexError", e)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)

# lists taking a tuple as their source
lst = [0]
lst.extend((1, 2, 3))
lst[1:2] = (9, 8)
lst[::2] = ("a", "b", "c")
lst += ()
print(lst)
lst[0:0] = ()
print(lst, list((4, 5)) + list(()))

# dicts and sets
d = dict([(1, "one"), (2, "two")])
print(d, (1, "one") in d.items(), (1, "two") in d.items(), (1,) in d.items())
s = {(i, i + 1) for i in range(5)}
print(sorted(s), (2, 3) in s, hash((1, 2)) == hash(tuple([1, 2])))


# __slots__ storage
class P:
    __slots__ = ("x", "y", "z")


p = P()
p.x, p.z = 1, 3
print(p.x, p.z, hasattr(p, "y"))
del p.x
print(hasattr(p, "x"))


# subclasses
class T(tuple):
    pass


st = T((1, 2, 3))
st.label = "L"
print(st, st.label, type(st[1:]), st[1:], st * 2, len(st), T())

# survive collections with many small tuples alive
keep = [(i, (i, i)) for i in range(20000)]
gc.collect()
junk = [(i,) for i in range(50000)]
del junk
gc.collect()
assert all(k == (i, (i, i)) for i, k in enumerate(keep))
print("kept", len(keep), keep[-1])

# marshal: nested tuples, and a tuple built before its items (a list inside refers back
# to it)
print(marshal.loads(marshal.dumps(((1, 2), [3, (4, 5)], "s", ()))))
r = ([1],)
r[0].append(r)
back = marshal.loads(marshal.dumps(r))
print(len(back), back[0][0], back[0][1] is back)
