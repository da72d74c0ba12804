# Nested while loops where break only exits the inner loop.
i = 0
pairs = []
while i < 4:
    j = 0
    while True:
        if j > i:
            break
        if (i + j) % 2:
            j += 1
            continue
        pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
row = 1
while row <= 3:
    col = 1
    line = ''
    while col <= 3:
        line += f'{row * col:3}'
        col += 1
    print(line)
    row += 1
