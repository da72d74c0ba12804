# Conway's Game of Life on a small bounded grid, using sets of live cells.
def parse(pattern):
    live = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == '#':
                live.add((r, c))
    return live


def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def step(live, rows, cols):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            if 0 <= n[0] < rows and 0 <= n[1] < cols:
                counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(cols)) for r in range(rows))


glider = parse("""
.#......
..#.....
###.....
........
........
........
""")
rows, cols = 6, 8
state = glider
for gen in range(5):
    print(f'generation {gen}: {len(state)} alive')
    print(render(state, rows, cols))
    state = step(state, rows, cols)

blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print('blinker period 2:', b2 == blinker, b1 != blinker)
print(render(b1, 5, 5))

block = parse("""
##
##
""")
print('block is still life:', step(block, 4, 4) == block)
history = []
state = parse("""
.........
...###...
...#.....
....#....
.........
""")
for gen in range(30):
    key = frozenset(state)
    if key in history:
        print('cycle detected at generation', gen, 'back to', history.index(key))
        break
    history.append(key)
    state = step(state, 5, 9)
else:
    print('no cycle in 30 generations')
print(render(state, 5, 9))
