# Nested loops and nested comprehensions.
print([(i, j) for i in range(3) for j in range(i)])
print([x for row in [[1, 2], [3], []] for x in row])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([y for x in range(4) if x % 2 == 0 for y in range(x)])
words = ['ab', 'cde']
print([ch for w in words for ch in w])
print({(i, j): i + j for i in range(2) for j in range(2)})
