# get, setdefault, pop and popitem.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
