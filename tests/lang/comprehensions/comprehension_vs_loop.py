# Comprehensions produce the same result as the equivalent for loop.
words = ['Python', 'is', 'fun', 'and', 'powerful']
loop = []
for w in words:
    if len(w) > 2:
        loop.append(w.lower())
comp = [w.lower() for w in words if len(w) > 2]
print(loop == comp, comp)
pairs_loop = []
for a in range(3):
    for b in range(3):
        if a != b:
            pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(3) if a != b])
squares = {}
for n in range(5):
    squares[n] = n * n
print(squares == {n: n * n for n in range(5)})
print(sum([n for n in range(1000) if n % 3 == 0 or n % 5 == 0]))
