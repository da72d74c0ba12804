# set/frozenset methods, comparisons, hashing, repr, and their error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

s = {1, 2, 3}
show(lambda: s.remove(9))
show(lambda: set().pop())
show(lambda: s.add([1]))
show(lambda: s.add())
show(lambda: [1] in s)
show(lambda: {[1], 2})
show(lambda: s | [1])
show(lambda: s < [1])
show(lambda: s.update(1))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: frozenset(1))
show(lambda: s.issubset(5))
show(lambda: hash(s))
print(s.issubset({1, 2, 3, 4}), s.issubset([1, 2]), s.issuperset([1]), s.isdisjoint([4, 5]), s.isdisjoint((3,)))
print(s < {1, 2, 3, 4}, s <= s, s < s, s > {1}, s >= {1, 2, 3}, s == frozenset(s), s != {1})
print({frozenset({1}): 'x'}[frozenset([1])], frozenset({1}) in {frozenset({1})}, set() in {frozenset()})
print({1} in [set([1])], {frozenset({2}), frozenset()} , s.discard(99), s)
t = set(s); t.discard({1}); s.remove(1) if False else None
inner = frozenset({1, 2})
outer = {inner, frozenset()}
print(set({1, 2}) in outer, outer.__contains__({1, 2}))
outer.remove({1, 2}); outer.discard(set()); print(outer)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))), hash(frozenset({(1, 2), -5})))
print(repr(set()), repr(frozenset()), repr({()}), frozenset({1}), frozenset([frozenset()]))
class S(set): pass
class F(frozenset): pass
print(S([1]), S(), F([2]), F(), type(S([1]) | {2}).__name__, type(F([1]) - {1}).__name__)
r = S(); r.add(r) if False else None
print(s.copy() is s, frozenset(s).copy() == s, (fs := frozenset('x')).copy() is fs, frozenset(fs) is fs)
a = {1, 2}; b = a; a |= {3}; a &= {1, 3}; a -= {3}; a ^= {5}; print(a, b is a)
c = frozenset({1}); d = c; c |= {2}; print(c, d, c is d)
print(len({1, 2}), bool(set()), sorted({3, 1, 2}), max({4, 9}), {x % 3 for x in range(10)})
print(set([1, 2]).intersection(), set([1]).union(), set([1, 2]).difference())
e = {1, 2, 3}; e.clear(); print(e, len(e))
print({1, 2}.intersection([2, 3], {2}), {1, 2} & frozenset({2}), frozenset({1, 2}) & {2})
