# Classic sorting algorithms implemented by hand and checked against sorted(), with counters.

class Counter:
    def __init__(self):
        self.comparisons = 0
        self.swaps = 0

    def less(self, a, b):
        self.comparisons += 1
        return a < b

    def __str__(self):
        return f"cmp={self.comparisons:<5} swaps={self.swaps}"


def bubble_sort(a, c):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if c.less(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                c.swaps += 1
                swapped = True
        if not swapped:
            break
    return a


def insertion_sort(a, c):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and c.less(x, a[j]):
            a[j + 1] = a[j]
            c.swaps += 1
            j -= 1
        a[j + 1] = x
    return a


def selection_sort(a, c):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        c.comparisons += len(a) - i - 1
        if m != i:
            a[i], a[m] = a[m], a[i]
            c.swaps += 1
    return a


def merge_sort(a, c):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], c), merge_sort(a[mid:], c)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if c.less(right[j], left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a, c):
    a = a[:]

    def partition(lo, hi):
        mid = (lo + hi) // 2
        a[mid], a[hi] = a[hi], a[mid]
        pivot = a[hi]
        i = lo
        for j in range(lo, hi):
            if c.less(a[j], pivot):
                a[i], a[j] = a[j], a[i]
                c.swaps += 1
                i += 1
        a[i], a[hi] = a[hi], a[i]
        return i

    def qs(lo, hi):
        while lo < hi:
            p = partition(lo, hi)
            if p - lo < hi - p:
                qs(lo, p - 1)
                lo = p + 1
            else:
                qs(p + 1, hi)
                hi = p - 1

    qs(0, len(a) - 1)
    return a


def heap_sort(a, c):
    a = a[:]
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and c.less(a[child], a[child + 1]):
                child += 1
            if c.less(a[root], a[child]):
                a[root], a[child] = a[child], a[root]
                c.swaps += 1
                root = child
            else:
                return

    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        c.swaps += 1
        sift(0, end - 1)
    return a


def counting_sort(a, c):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [v + lo for v, n in enumerate(counts) for _ in range(n)]


def radix_sort(a, c):
    out = list(a)
    exp = 1
    biggest = max(out, default=0)
    while biggest // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in out:
            buckets[(x // exp) % 10].append(x)
        out = [x for b in buckets for x in b]
        exp *= 10
    return out


seed = 2718281
def lcg():
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed

datasets = {
    "random": [lcg() % 1000 for _ in range(60)],
    "sorted": list(range(40)),
    "reversed": list(range(40, 0, -1)),
    "few unique": [lcg() % 4 for _ in range(50)],
    "empty": [],
    "single": [7],
}

algorithms = [bubble_sort, insertion_sort, selection_sort, merge_sort, quick_sort, heap_sort, counting_sort, radix_sort]

for name, data in datasets.items():
    print(f"== {name} (n={len(data)})")
    expected = sorted(data)
    for alg in algorithms:
        c = Counter()
        result = alg(data, c)
        status = "ok" if result == expected else "WRONG"
        print(f"  {alg.__name__:<15} {status:<5} {c}")

words = "the quick brown fox jumps over the lazy dog then runs far away quickly".split()
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
print(merge_sort(words, Counter()) == sorted(words))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
people.sort(key=lambda p: p[1], reverse=True)
print(people)
floats = [3.5, -1.25, 2.0, float("inf"), -float("inf"), 0.0, -0.0, 1e-9]
print(sorted(floats), sorted(floats, key=abs))
mixed = [3, 1.5, True, 2, False, 0.5]
print(sorted(mixed), max(mixed), min(mixed))
print(sorted("Mississippi"), "".join(sorted("Mississippi", reverse=True)))
matrix = [[3, 1], [1, 2], [3, 0], [1, 1]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), min(matrix), max(matrix, key=sum))
