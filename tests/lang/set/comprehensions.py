# Set comprehensions deduplicate; print sorted for determinism.
print(sorted({x % 4 for x in range(20)}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
words = ['Apple', 'apple', 'APPLE', 'Banana']
print(sorted({w.lower() for w in words}))
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
seen = set()
uniq = []
for x in [3, 1, 3, 2, 1]:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq)
print({n for n in range(3)} == {0, 1, 2})
print(type({x for x in ''}).__name__)
