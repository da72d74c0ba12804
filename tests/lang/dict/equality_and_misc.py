# Dict equality ignores order; len, in, del, fromkeys.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, list(a) == list(b))
print({1: 'a'} == {1.0: 'a'}, {} == {}, {'a': [1]} == {'a': [1]})
print(len(a), 'x' in a, 1 in a, 'z' not in a)
del a['x']
print(a)
print(dict.fromkeys('abc'), dict.fromkeys(['p', 'q'], 0))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({}), str({'k': 'v'}), {'n': None, 'l': [1, (2,)], 'd': {}})
