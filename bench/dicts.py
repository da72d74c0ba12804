# dicts: dict and set heavy code with int, str and tuple keys: counting, membership,
# grouping, set algebra, comprehensions, deletion and iteration over items.
def run(n):
    counts = {}
    for i in range(n):
        k = (i * 7919) % 1009
        counts[k] = counts.get(k, 0) + 1
    names = {}
    for i in range(n // 2):
        s = "key%d" % (i % 2003)
        if s in names:
            names[s] += 1
        else:
            names[s] = 1
    grid = {}
    for x in range(120):
        for y in range(120):
            grid[(x, y)] = x * y
    total = 0
    for x in range(1, 119):
        for y in range(1, 119):
            total += grid[(x - 1, y)] + grid[(x, y + 1)] - grid[(x, y)]
    a = {i for i in range(0, n, 3)}
    b = {i for i in range(0, n, 5)}
    inter = a & b
    uni = a | b
    diff = a - b
    member = sum(1 for i in range(n) if i in a and i not in b)
    words = set()
    for i in range(n // 4):
        words.add("w%d" % (i % 5000))
    inv = {v: k for k, v in counts.items()}
    for k in list(counts):
        if k % 2:
            del counts[k]
    items = 0
    for k, v in names.items():
        items += len(k) * v
    return len(counts), len(names), total, len(inter), len(uni), len(diff), member, len(words), len(inv), items

print(run(300000))
