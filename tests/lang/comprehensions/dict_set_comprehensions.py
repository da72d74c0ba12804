# Dict and set comprehensions.
print({n: n ** 3 for n in range(1, 5)})
print({w[0]: w for w in ['apple', 'avocado', 'banana']})
print(sorted({n % 5 for n in range(100)}))
text = 'mississippi'
print({c: text.count(c) for c in sorted(set(text))})
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items() if v != 2})
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print(sorted({len(w) for w in 'a bb cc ddd'.split()}))
print({x: [y for y in range(x)] for x in range(3)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
