# Dicts preserve insertion order; updating a key keeps its position.
d = {}
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d, list(d))
d['b'] = 10
print(d)
del d['a']
d['a'] = 20
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = dict(z=1, y=2, x=3)
print(e)
print(dict([('k1', 1), ('k2', 2)]), dict(zip('abc', range(3))))
print(dict({'a': 1}, b=2), dict(a=1, **{'b': 2}))
print({1: 'a', True: 'b', 1.0: 'c'})
