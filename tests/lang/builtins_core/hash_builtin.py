# hash() of ints and tuples is consistent with equality.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(42), hash(-1) == hash(-2), hash(10 ** 3))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
print(hash(()) == hash(()), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [[], {}, set(), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'))
print(isinstance(hash('anything'), int))
