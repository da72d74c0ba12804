# Chained comparisons evaluate each operand at most once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 2 > 5)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 3 > 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(3) == v(3), calls)
a = [1, 2]
print(a == [1, 2] is not None)
print(0 <= 0 < 1 <= 1)
