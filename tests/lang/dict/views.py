# keys/values/items views are live and support set operations.
d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
d['c'] = 3
print(k, v, it)
print(len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('c', 9)}))
print(list(reversed(d.keys())), list(reversed(d.items())))
print(k == {'a', 'b', 'c'}, d.keys() == d.keys())
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(d.values()) == [1, 2, 3], d.values() == d.values())
