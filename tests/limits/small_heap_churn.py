# With --max-heap 6M (little more than the interpreter's own start-up heap), a program
# that churns through much more than the heap holds runs, because collections come at the
# collector's floor (2 MiB of allocation) or earlier when an allocation fails; holding
# too much raises MemoryError, which is caught, and the program carries on. Deep
# recursion takes value-stack segments from the same heap. (CPython has no heap limit,
# so the expected output is written by hand.)
import gc

total = 0
for i in range(200000):
    t = (i, str(i), [i, i + 1])
    total += t[0] + len(t[1]) + t[2][1]
print("churned", total)

kept = []
try:
    while True:
        kept.append([0] * 1000)
except MemoryError:
    n = len(kept)
    kept = None
    print("MemoryError after", "more than 100" if n > 100 else n, "lists")
gc.collect()


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("recursion", depth(900))
d = {}
for i in range(20000):
    d[i % 500] = [i] * 3
print("dict", len(d), sum(v[0] for v in d.values()))
print("collections ran:", gc.collect() >= 0)
