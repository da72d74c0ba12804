from itertools import product
def life_step(cells):
    counts = {}
    for (x, y) in cells:
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w=6, h=6):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = life_step(g)
print(show(g)); print(sorted(g) == sorted((x + 1, y + 1) for x, y in glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(life_step(blinker)), life_step(life_step(blinker)) == blinker)
puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
grid = [[int(c) if c != "." else 0 for c in row] for row in puzzle.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(g):
    global steps
    empties = [(r, c) for r in range(9) for c in range(9) if not g[r][c]]
    if not empties:
        return True
    r, c = min(empties, key=lambda rc: len(candidates(g, *rc)))
    for d in candidates(g, r, c):
        steps += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
print(solve(grid), steps > 0)
for i, row in enumerate(grid):
    print(" ".join("".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
    if i in (2, 5):
        print("-" * 11)
ok = all(sorted(row) == list(range(1, 10)) for row in grid) and all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
