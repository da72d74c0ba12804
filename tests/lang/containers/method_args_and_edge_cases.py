# container methods and builtins: argument errors and many small edge cases, checked by eval
exprs = r'''
[].index()
[].index(1, 2, 3, 4)
[1].index(1, 'a')
[].pop(1, 2)
[].insert()
[].sort(key=len, reverse=True, x=1)
[].sort(1)
[].reverse(1)
[].copy(1)
().index()
().count(1, 2)
{}.get()
{}.get(1, 2, 3)
{}.pop()
{}.popitem(1)
{}.setdefault()
{}.fromkeys()
dict.fromkeys(1)
{}.update(1, 2)
{}.keys(1)
set().add(1, 2)
set().remove()
set().union(1)
set().update([1], 2)
set().issubset()
frozenset().union([1], [2])
range(1).index()
range(1).count()
slice(1).indices()
slice(1).indices(1, 2)
enumerate()
enumerate([], 1, 2)
enumerate([], x=1)
zip([], strict=1, other=2)
map()
map(abs)
filter()
filter(None, [], [])
reversed()
reversed([], [])
iter()
list([], [])
tuple([], [])
dict([], [])
set([], [])
frozenset([], [])
range(1, 2, 3, 4)
slice()
list.append([], 1, 2)
list.append(1, 2)
dict.get([], 1)
set.add(frozenset(), 1)
len(iter([]))
next(iter([]))
[1, 2][True]
[1, 2][False:True]
(1, 2)[::True]
{1: 2}[True]
{True: 1}[1]
{1.0: 'a'}[1]
[1, 2, 3][-1:-4:-1]
'abc'[::-1]
list(range(5))[slice(None, None, -2)]
{}.__class__.__name__
[].__class__.__mro__
sorted({3, 1})
list(reversed({1: 2, 3: 4}.items()))
list(reversed({1: 2}.keys()))
range(5)[::2][::-1]
range(0, -10, -3)[1:]
list(range(0, -10, -3)[::-2])
range(-5, 5)[3:-3]
range(3) == [0, 1, 2]
[0, 1, 2] == range(3)
tuple(range(3)) == (0, 1, 2)
hash(range(3)) == hash(range(0, 3, 1))
str(range(3))
repr(iter([])).split(' ')[0]
bool(iter([]))
{1, 2} == {1, 2}.keys() if False else 0
{1: 2}.keys() == {1}
{1: 2}.items() == {(1, 2)}
{(1, 2)} == {1: 2}.items()
len({}.items())
list(enumerate(range(3), 1))
list(zip(range(3), [4, 5], 'abcd'))
max({1: 2, 5: 0})
min(range(3, 0, -1))
sum({1, 2, 3})
list(filter(lambda x: x, (0, 1, 2)))
any([]), all([])
[x for x in {3: 1, 1: 2}]
dict(a=1) | dict(b=2)
sorted([(1, 'b'), (1, 'a'), (0, 'z')])
[1, [2, [3]]] == [1, [2, [3]]]
[1, 2] < [1, 2, 3] < [1, 3]
(1, 2) >= (1, 2)
[1] * False
(1,) * True
3 * (1,)
[[]] * 3
list('') + []
[] or [1]
[] and [1]
not []
[1] if [] else [2]
'x' in ['x', 'y']
1 in (1.0,)
[1, 2].__contains__(2)
{1}.__contains__(1)
{}.__contains__(1)
frozenset([1]) == {1}
frozenset([1]) | frozenset([2])
{1} - frozenset([1])
{1, 2} ^ {2, 3}
{1, 2} <= {1, 2, 3}
set() < set()
set('abc') == set('cab')
{1} | {1.0}
{0} | {False}
len(set(range(1000)) - set(range(0, 1000, 2)))
sorted(set(range(10)) & set(range(5, 20)))
'''.strip().split('\n')
for e in exprs:
    try:
        r = eval(e)
        print(e, '->', repr(r))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
