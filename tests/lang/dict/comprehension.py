# Dict comprehensions with conditions and nested loops.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
words = ['apple', 'bob', 'kayak', 'zebra']
print({w: w == w[::-1] for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
print({x % 3: x for x in range(10)})
counts = {c: 'hello'.count(c) for c in 'hello'}
print(counts)
print({k: [] for k in 'ab'})
