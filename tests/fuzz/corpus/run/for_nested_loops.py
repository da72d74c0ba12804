# Nested for loops; break exits only the innermost loop; flag pattern to exit both.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
target = 7
found = None
for a in range(5):
    for b in range(5):
        if a * b == target - 1:
            found = (a, b)
            break
    if found:
        break
print(found)
table = []
for r in range(1, 4):
    table.append([r * c for c in range(1, 4)])
print(table)
for i in range(2):
    for j in range(2):
        for k in range(2):
            print(i * 4 + j * 2 + k, end=' ')
print()
