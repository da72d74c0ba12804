# Sets of small ints under add/discard churn (nqueens' pattern): membership, add and
# discard walk probe chains full of deleted slots, long linear runs that end at the
# table's last slot, negative keys (whose probes jump), -1/-2 (equal hashes), entries
# trimmed when the last one is discarded, and iteration order after churn (CPython's).

def check(s, ref, lo, hi):
    bad = [k for k in range(lo, hi) if (k in s) != (k in ref)]
    return bad

# stack-like add/discard with many dummies
for size in (8, 16, 32, 64):
    s = set()
    ref = []
    for rnd in range(6):
        for k in range(size):
            s.add(k); ref.append(k)
            s.add(-k); ref.append(-k)
        for k in reversed(range(size // 2, size)):
            s.discard(-k); ref.remove(-k)
            s.discard(k); ref.remove(k)
    print(size, len(s), check(s, set(ref), -2 * size, 2 * size), sorted(s)[:5], list(s)[:12])

# backtracking (nqueens) over sets of columns and diagonals, compared with lists
def queens(n):
    cols, d1, d2 = set(), set(), set()
    lc, l1, l2 = [], [], []
    count = 0
    mism = 0
    def place(row):
        nonlocal count, mism
        if row == n:
            count += 1
            return
        for c in range(n):
            a = c in cols or (row + c) in d1 or (row - c) in d2
            b = c in lc or (row + c) in l1 or (row - c) in l2
            if a != b:
                mism += 1
            if a:
                continue
            cols.add(c); d1.add(row + c); d2.add(row - c)
            lc.append(c); l1.append(row + c); l2.append(row - c)
            place(row + 1)
            cols.discard(c); d1.discard(row + c); d2.discard(row - c)
            lc.pop(); l1.pop(); l2.pop()
    place(0)
    return count, mism, len(cols), len(d1), len(d2)

for n in range(1, 9):
    print(n, queens(n))

# keys at the end of the table: runs that reach the last slot, then jump
s = set(range(20, 32))
for k in range(20, 32, 2):
    s.discard(k)
print(sorted(s), list(s))
for k in (20, 22, 31, 63, 95, 52, 84):
    print(k, k in s)
s.add(84); s.add(52); s.add(20)
print(list(s), 84 in s, 52 in s, 20 in s, 21 in s)

# -1 and -2 share a hash: the identity walk hands over to the comparing lookup
s = {-1, -2, 1.0, True, 2}
print(-1 in s, -2 in s, 1 in s, -3 in s, len(s))
s.discard(-2)
print(-1 in s, -2 in s, s)
s.discard(-1); s.add(-2); s.add(-1)
print(-1 in s, -2 in s, list(s))
for v in (-1, -2):
    t = set()
    t.add(v); t.discard(v); t.add(v)
    print(v, v in t, t)

# equal values of other types found through the identity walk's fallback
s = {0, 1, 2, 3}
print(1.0 in s, 2.0 in s, True in s, False in s, 5.0 in s)
s.discard(1.0); s.discard(True)
print(s, 1 in s)

class Eq:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o
s = {5, 6, 7}
print(Eq(6) in s, 6 in {Eq(6)}, 8 in {Eq(6)})

# discarding the last entry, then adding: order and contents stay right
s = set()
for i in range(10):
    s.add(i * 8)
for i in reversed(range(10)):
    s.discard(i * 8)
    s.add(i * 8 + 1)
    s.discard(i * 8 + 1)
print(s, len(s))
s.update(range(0, 100, 7))
print(s)
print(s.pop(), s.pop(), len(s))
fs = frozenset(s)
print(3 in fs, 7 in fs, hash(fs) == hash(frozenset(list(s))))

# mutation during iteration still raises
s = set(range(10))
try:
    for k in s:
        s.discard(k)
except RuntimeError as e:
    print('RuntimeError', e)
s = set(range(10))
try:
    for k in s:
        s.discard(9 - k) if k < 5 else None
        s.add(100 + k)
except RuntimeError as e:
    print('RuntimeError', e)

# big ints and small ints mixed
s = {2**62, -2**62, 2**100, 5}
s.discard(5)
print(2**62 in s, -2**62 in s, 2**100 in s, 5 in s, len(s))
