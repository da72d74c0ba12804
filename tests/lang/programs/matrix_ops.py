# Matrix multiplication, transpose, identity, determinant and power with plain lists.
def shape(m):
    return len(m), len(m[0]) if m else 0


def matmul(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError(f'shape mismatch: {ra}x{ca} times {rb}x{cb}')
    return [[sum(a[i][k] * b[k][j] for k in range(ca)) for j in range(cb)] for i in range(ra)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * det(minor)
    return total


def matpow(m, p):
    result = identity(len(m))
    base = m
    while p:
        if p & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        p >>= 1
    return result


def show(name, m):
    print(name)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print('  ' + ' '.join(str(v).rjust(width) for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show('A', a)
show('B', b)
show('A x B', matmul(a, b))
show('B x A', matmul(b, a))
show('A^T', transpose(a))
show('I3 x B', matmul(identity(3), b))
try:
    matmul(a, a)
except ValueError as e:
    print('error:', e)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print('det =', det(m))
print('det I4 =', det(identity(4)))
fib = [[1, 1], [1, 0]]
print('fib(30) via matrix power =', matpow(fib, 30)[0][1])
print('fib(90) =', matpow(fib, 90)[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
show('float square', matmul(f, f))
