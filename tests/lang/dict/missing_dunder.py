# A dict subclass with __missing__ handles absent keys for [] only.
class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = Default(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
print(isinstance(c, dict), type(c).__name__)
