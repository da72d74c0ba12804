# frozenset is immutable and hashable; mixed operations return the left type.
fs = frozenset([1, 2, 2, 3])
print(len(fs), sorted(fs), 2 in fs)
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__)
d = {fs: 'frozen'}
print(d[frozenset({3, 2, 1})])
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1}), frozenset({1})} == {frozenset([1])})
print(frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(repr(frozenset()), repr(set()))
print(frozenset({5}), {frozenset({1})})
