import itertools as it, operator, collections
from functools import reduce
def take(n, iterable): return list(it.islice(iterable, n))
def pairwise(iterable): return list(it.pairwise(iterable))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return list(it.zip_longest(*args, fillvalue=fillvalue))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x)
        yield tuple(window)
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))
print(take(5, it.count(10, 3)), pairwise('abcd'), grouper('ABCDEFG', 3, 'x'))
print(list(roundrobin('ABC', 'D', 'EF')), list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window(range(6), 3)), partition(lambda x: x % 2, range(10)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))], list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.product('ab', repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(take(7, it.cycle('ab')), list(it.repeat('x', 3)), list(it.chain('ab', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.islice('ABCDEFG', 2, None, 2)), reduce(operator.add, range(5), 10))
try:
    list(it.islice('abc', -1))
except ValueError as e:
    print(type(e).__name__, e)
print(sum(1 for _ in it.combinations(range(10), 4)), math_comb := __import__('math').comb(10, 4))
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'no batched')
