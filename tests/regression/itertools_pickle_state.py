# The itertools iterators (chain, islice, accumulate, starmap, zip_longest, compress,
# takewhile, dropwhile, filterfalse, cycle, product, permutations, combinations,
# combinations_with_replacement, groupby, _grouper, tee) could not be pickled or copied:
# "cannot pickle 'chain' object". They now have CPython 3.11's __reduce__/__setstate__
# formats; a setstate clamps indices into the pools (product((1, 2), (3,)) with index
# 0x1000 reads nothing out of range). Method descriptors (str.upper) reduce to getattr.
import copy
import operator
import pickle
from itertools import *


def shape(v):
    # a reduce value with iterators shown by type name (their reprs carry addresses)
    if isinstance(v, tuple):
        return tuple(shape(x) for x in v)
    if isinstance(v, list):
        return [shape(x) for x in v]
    if isinstance(v, type):
        return v.__name__
    if v is None or isinstance(v, (int, str, bool)):
        return v
    return type(v).__name__


def expand(it):
    # up to 8 items, groupby's groupers listed
    return [(x[0], list(x[1])) if isinstance(x, tuple) and len(x) == 2 and
            type(x[1]).__name__ == '_grouper' else x for x in islice(it, 8)]


def show(name, make):
    for adv in (0, 1, 3, 5):
        it = make()
        for _ in range(adv):
            try:
                next(it)
            except StopIteration:
                break
        try:
            r = shape(it.__reduce__())
        except TypeError as e:
            r = 'TypeError: %s' % e
        rest = []
        for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
            try:
                rest.append(expand(pickle.loads(pickle.dumps(it, proto))))
            except TypeError as e:
                rest.append('TypeError: %s' % e)
        try:
            cp = expand(copy.copy(it))
            dc = expand(copy.deepcopy(it))
        except TypeError as e:
            cp = dc = 'TypeError: %s' % e
        print(name, adv, r, rest[0], rest[0] == rest[1] == rest[2], cp, dc, expand(it))


def starcall(a, b):
    return a * 10 + b


show('chain', lambda: chain('ab', 'cd'))
show('islice', lambda: islice('abcdef', 1, 5, 2))
show('accumulate', lambda: accumulate([1, 2, 3]))
show('accumulate-initial', lambda: accumulate([1, 2, 3], initial=10))
show('accumulate-func', lambda: accumulate([1, 2, 3], operator.mul))
show('accumulate-none', lambda: accumulate([None, None, None], operator.is_))
show('starmap', lambda: starmap(starcall, [(1, 2), (3, 4)]))
show('zip_longest', lambda: zip_longest('ab', 'c', fillvalue=0))
show('compress', lambda: compress('abc', [1, 0, 1]))
show('takewhile', lambda: takewhile(bool, [1, 1, 0, 1]))
show('dropwhile', lambda: dropwhile(bool, [1, 1, 0, 1]))
show('filterfalse', lambda: filterfalse(bool, [1, 1, 0, 1]))
show('cycle', lambda: cycle('ab'))
show('product', lambda: product('ab', 'cd'))
show('product-repeat', lambda: product('ab', repeat=2))
show('permutations', lambda: permutations('abc', 2))
show('permutations-big-r', lambda: permutations('ab', 3))
show('combinations', lambda: combinations('abc', 2))
show('cwr', lambda: combinations_with_replacement('abc', 2))
show('groupby', lambda: groupby('aabc'))
show('groupby-key', lambda: groupby('aAbc', str.upper))
show('tee', lambda: tee('abc')[0])
show('tee-long', lambda: tee(range(130))[1])

# groupby's groupers: the live one reduces to (_grouper, (parent, key)), a stale one to
# iter(())
g = groupby('aabbc')
k, gr = next(g)
print(shape(gr.__reduce__()), next(gr))
k2, gr2 = next(g)
print(shape(gr.__reduce__()), shape(gr2.__reduce__()))
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])


def err(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)


# setstate checks
for st in [(), [], 0, ([],), (iter([]), [])]:
    err(chain().__setstate__, st)
it = chain()
it.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(it))
c = cycle('defg')
c.__setstate__((list('abc'), 0))
print(list(islice(c, 14)))
c = cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(list(islice(c, 14)))
saved = list('abc')
c = cycle('de')
c.__setstate__((saved, 0))
print(list(islice(c, 4)), saved)
saved.clear()
print(list(islice(c, 4)))
for st in [[list('ab'), 0], (tuple('ab'), 0), (list('ab'), 'x'), (), ([],)]:
    err(cycle('xy').__setstate__, st)
p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
p = product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
err(next, p)
err(product('ab').__setstate__, (0, 1))
c = combinations('abcd', 2)
c.__setstate__((-5, 99))
print(list(c))
c = combinations_with_replacement('abc', 2)
c.__setstate__((1, 99))
print(list(c))
err(combinations('abc', 2).__setstate__, (1,))
p = permutations('abc', 2)
p.__setstate__(((2, 99, -1), (0, 99)))
print(list(p))
for st in [[(), ()], ((0, 1, 2),), ([0, 1, 2], (3, 2)), ((0, 1), (3, 2))]:
    err(permutations('abc', 2).__setstate__, st)
a, b = tee(iter('abcdef'))
next(a)
block = a.__reduce__()[2][0]
T = type(block)
for args in [(iter('x'), [], None), (iter('x'), (), None), (iter('x'), [1] * 58, None),
             (iter('x'), [1], 5), (iter('x'), [1] * 57, block), (iter('x'), [1], block)]:
    err(lambda *a: type(T(*a)).__name__, *args)
t = type(a)(())
for st in [(block, 0), (block, 57), (block, -1), (1, 0), (block,), [block, 0]]:
    err(lambda s: (t.__setstate__(s), list(t)), st)
gb = groupby('abc')
err(gb.__setstate__, ('a', 'b'))
err(gb.__setstate__, ['a', 'b', 'c'])
acc = accumulate([1, 2])
acc.__setstate__(None)
err(list, acc)
ts = takewhile(bool, [1, 2])
ts.__setstate__(1)
print(list(ts))
ds = dropwhile(bool, [1, 0, 2])
ds.__setstate__(True)
print(list(ds))

# _tee over a _tee copies it (shares its buffer) instead of consuming it
t1, t2 = tee('abc')
next(t2)
t3 = type(t1)(t1)
print(list(t1), list(t2), list(t3))

# descriptors of builtin types pickle by name (not getset descriptors, as in CPython)
class Slotted:
    __slots__ = ('x',)


print(shape(Slotted.__dict__['x'].__reduce__()))
print(shape(str.upper.__reduce__()), shape(object.__dict__['__init__'].__reduce__()),
      shape(str.__dict__['__add__'].__reduce__()))
print(pickle.loads(pickle.dumps(str.upper)) is str.upper)
err(dict.__dict__['fromkeys'].__reduce__)
err(pairwise('abc').__reduce__)
err(type.__dict__['__name__'].__reduce__)
