from fractions import Fraction
import itertools, operator, functools
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(n))
def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(m)]
    for col in range(n):
        piv = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [r[n:] for r in a]
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [0, 1], [4, 0]]
print(matmul(A, B), transpose(B), det(A))
inv = inverse(A)
print([[str(x) for x in r] for r in inv])
print(matmul(A, inv) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(functools.reduce(matmul, [A, A, A]) == matmul(A, matmul(A, A)), I)
print(list(map(operator.add, [1, 2], [10, 20])), list(itertools.starmap(operator.mul, zip(range(4), range(4)))))
try:
    inverse([[1, 2], [2, 4]])
except StopIteration:
    print('singular')
print(sum(map(sum, A)), max(itertools.chain.from_iterable(A)), [round(x, 3) for x in (1 / 3, 2 / 3)])
for row in inv:
    print(' '.join(f'{str(x):>6}' for x in row))
