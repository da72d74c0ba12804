# Word games: word ladders via BFS over wildcard buckets, anagram classes, Boggle-style grid search, spell suggestions.

WORDS = """cold cord card ward warm word worm wore core care dare dart wart want wand band bond bold
hold hole pole pale male mile mild wild wind wine line lime time tame tale tall ball bell belt
melt malt salt silt sift soft loft lift life wife wipe ripe rope hope hose nose note vote vole
dole dome home come code rode rose lose lost list mist most post past fast last cast case cave
gave give live love dove dose does goes toes ties tips taps tape cape came game gate late mate""".split()

WORDSET = set(WORDS)


def buckets(words):
    b = {}
    for w in words:
        for i in range(len(w)):
            b.setdefault(w[:i] + "_" + w[i + 1:], []).append(w)
    return b


BUCKETS = buckets(WORDS)


def neighbors(word):
    out = set()
    for i in range(len(word)):
        out.update(BUCKETS.get(word[:i] + "_" + word[i + 1:], []))
    out.discard(word)
    return sorted(out)


def ladder(start, goal):
    if start not in WORDSET or goal not in WORDSET:
        raise KeyError(f"unknown word: {start if start not in WORDSET else goal}")
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbors(w):
                if n not in prev:
                    prev[n] = w
                    if n == goal:
                        path = [n]
                        while prev[path[-1]] is not None:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        row = new
    return row[-1]


def suggest(word, limit=4):
    scored = sorted((edit_distance(word, w), w) for w in WORDSET)
    return [w for d, w in scored[:limit] if d <= 2]


GRID = ["came", "olde", "sift", "tape"]


def grid_words(grid, min_len=3):
    rows, cols = len(grid), len(grid[0])
    prefixes = {w[:i] for w in WORDS for i in range(1, len(w) + 1)}
    found = set()

    def dfs(r, c, path, seen):
        path += grid[r][c]
        if path not in prefixes:
            return
        if len(path) >= min_len and path in WORDSET:
            found.add(path)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                    dfs(nr, nc, path, seen | {(nr, nc)})

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, "", {(r, c)})
    return sorted(found)


print(len(WORDS), "words,", len(BUCKETS), "buckets, biggest:",
      max(BUCKETS.items(), key=lambda kv: (len(kv[1]), kv[0])))
for a, b in [("cold", "warm"), ("hope", "time"), ("ball", "wine"), ("code", "code"), ("salt", "gave")]:
    path = ladder(a, b)
    print(f"{a} -> {b}: {' > '.join(path) if path else 'no path'} ({len(path) - 1 if path else '-'} steps)")
try:
    ladder("cold", "xyzzy")
except KeyError as e:
    print("KeyError:", e)
degree = {w: len(neighbors(w)) for w in WORDS}
hubs = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("hubs:", hubs, "isolated:", sorted(w for w, d in degree.items() if d == 0))
anagrams = {}
for w in WORDS:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print("anagram classes:", sorted(v for v in anagrams.values() if len(v) > 1))
for typo in ["wrod", "hoem", "lsat", "qqqq", "tiem"]:
    print(f"suggest({typo!r}) = {suggest(typo)}")
print("grid words:", grid_words(GRID))
letters = {}
for w in WORDS:
    for ch in set(w):
        letters[ch] = letters.get(ch, 0) + 1
print("letter document frequency:", "".join(sorted(letters, key=lambda c: (-letters[c], c))))
vowels = [w for w in WORDS if sum(ch in "aeiou" for ch in w) >= 2 and w[-1] == "e"]
print(len(vowels), vowels[:10])
components, seen = [], set()
for w in sorted(WORDS):
    if w in seen:
        continue
    stack, comp = [w], []
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        comp.append(x)
        stack.extend(n for n in neighbors(x) if n not in seen)
    components.append(sorted(comp))
print("components:", len(components), "sizes:", sorted((len(c) for c in components), reverse=True)[:6])
