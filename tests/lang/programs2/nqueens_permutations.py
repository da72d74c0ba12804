# Backtracking and combinatorics written by hand: permutations, combinations, subsets, N-queens, sudoku-ish.

def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    used = [False] * len(items)
    current = []

    def rec():
        if len(current) == r:
            yield tuple(current)
            return
        for i, x in enumerate(items):
            if not used[i]:
                used[i] = True
                current.append(x)
                yield from rec()
                current.pop()
                used[i] = False

    yield from rec()


def combinations(items, k):
    items = list(items)
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest


def subsets(items):
    items = list(items)
    for mask in range(1 << len(items)):
        yield [x for i, x in enumerate(items) if mask >> i & 1]


def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [acc + (x,) for acc in result for x in pool]
    return result


def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


def n_queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)

    place(0)
    return solutions


def draw(solution):
    n = len(solution)
    return "\n".join("".join("Q " if c == col else ". " for c in range(n)).rstrip() for col in solution)


def subset_sum(nums, target):
    nums = sorted(nums, reverse=True)
    found = []

    def search(i, remaining, chosen):
        if remaining == 0:
            found.append(tuple(chosen))
            return
        if i == len(nums) or remaining < 0:
            return
        if sum(nums[i:]) < remaining:
            return
        chosen.append(nums[i])
        search(i + 1, remaining - nums[i], chosen)
        chosen.pop()
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        search(j, remaining, chosen)

    search(0, target, [])
    return found


print(list(permutations("abc")))
print(len(list(permutations(range(6)))), list(permutations([1, 2, 3, 4], 2))[:6])
print(list(combinations("abcde", 3)))
print([len(list(combinations(range(10), k))) for k in range(11)])
print(list(subsets("xyz")))
print(product("ab", [0, 1]), len(product(range(3), repeat=3)))
p = [1, 2, 3]
seen = []
while p:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(seen)
print(next_permutation([1, 1, 2]), next_permutation([3, 2, 1]), next_permutation("dcba") if False else "")
for n in range(1, 9):
    sols = n_queens(n)
    print(f"{n}-queens: {len(sols)} solutions, first {sols[0] if sols else None}")
print(draw(n_queens(6)[0]))
print(subset_sum([3, 34, 4, 12, 5, 2], 9))
print(subset_sum([1, 1, 2, 2, 3, 5], 6))
print(subset_sum([10, 20], 5))
words = ["stop", "pots", "tops", "opts", "spot", "post", "top", "pot", "opt", "cat", "act", "tac"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print({k: v for k, v in sorted(groups.items()) if len(v) > 1})
target = "tops"
anagrams = sorted({"".join(pp) for pp in permutations(target)} & set(words))
print("anagrams of tops in list:", anagrams)
derangements = [pp for pp in permutations(range(4)) if all(pp[i] != i for i in range(4))]
print(len(derangements), derangements[:4])
cards = [r + s for r in "AKQ" for s in "♠♥"]
hands = list(combinations(cards, 2))
pairs = [h for h in hands if h[0][0] == h[1][0]]
print(len(hands), pairs)
