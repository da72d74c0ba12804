# Backtracking Sudoku solver for a 9x9 puzzle plus a 4x4 mini puzzle.
def solve(grid, n=9, box=3):
    def candidates(r, c):
        used = set(grid[r]) | {grid[i][c] for i in range(n)}
        br, bc = r - r % box, c - c % box
        used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
        return [v for v in range(1, n + 1) if v not in used]

    best = None
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                cand = candidates(r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        grid[r][c] = v
        if solve(grid, n, box):
            return True
    grid[r][c] = 0
    return False


def valid(grid, n=9, box=3):
    target = set(range(1, n + 1))
    rows = all(set(row) == target for row in grid)
    cols = all({grid[r][c] for r in range(n)} == target for c in range(n))
    boxes = all({grid[r][c] for r in range(br, br + box) for c in range(bc, bc + box)} == target
                for br in range(0, n, box) for bc in range(0, n, box))
    return rows and cols and boxes


def show(grid, box=3):
    lines = []
    for r, row in enumerate(grid):
        if r and r % box == 0:
            lines.append('-' * (len(row) * 2 + (len(row) // box - 1) * 2 - 1))
        parts = []
        for c, v in enumerate(row):
            if c and c % box == 0:
                parts.append('|')
            parts.append(str(v) if v else '.')
        lines.append(' '.join(parts))
    print('\n'.join(lines))


puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != '.' else 0 for ch in line] for line in puzzle.split()]
print('puzzle, blanks =', sum(row.count(0) for row in grid))
show(grid)
print('solved:', solve(grid))
show(grid)
print('valid:', valid(grid))
mini = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print('mini solved:', solve(mini, 4, 2), 'valid:', valid(mini, 4, 2))
show(mini, 2)
impossible = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
print('impossible solved:', solve(impossible, 4, 2))
