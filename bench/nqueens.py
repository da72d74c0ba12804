# Backtracking with sets and generators.
def queens(n):
    cols, d1, d2 = set(), set(), set()
    def place(row):
        if row == n:
            yield 1
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols.add(c); d1.add(row + c); d2.add(row - c)
            yield from place(row + 1)
            cols.discard(c); d1.discard(row + c); d2.discard(row - c)
    return sum(place(0))

for n in range(4, 12):
    print(n, queens(n))
