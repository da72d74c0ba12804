# break and continue in for loops.
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for ch in 'hello world':
    if ch == ' ':
        break
    print(ch, end='')
print()
total = 0
for n in [1, -2, 3, -4, 5]:
    if n < 0:
        continue
    total += n
print(total)
