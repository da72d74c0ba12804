import itertools as it
import operator, collections, functools, math
def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(function, start=0): return map(function, it.count(start))
def consume(iterator, n=None):
    if n is None: collections.deque(iterator, maxlen=0)
    else: next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def dotproduct(v1, v2): return sum(map(operator.mul, v1, v2))
def flatten(list_of_lists): return it.chain.from_iterable(list_of_lists)
def repeatfunc(func, times=None, *args):
    if times is None: return it.starmap(func, it.repeat(args))
    return it.starmap(func, it.repeat(args, times))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
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
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set(); seen_add = seen.add
    for element in (it.filterfalse(seen.__contains__, iterable) if key is None else iterable):
        k = element if key is None else key(element)
        if key is None or k not in seen:
            seen_add(k); yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def iter_except(func, exception, first=None):
    try:
        if first is not None: yield first()
        while True: yield func()
    except exception: pass
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def random_product_like(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(pool[len(pool) // 2] for pool in pools)
def sliding_window(iterable, n):
    it_ = iter(iterable)
    window = collections.deque(it.islice(it_, n), maxlen=n)
    if len(window) == n: yield tuple(window)
    for x in it_:
        window.append(x); yield tuple(window)
def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = math.isqrt(n) + 1
    for p in it.compress(range(limit), data):
        data[p*p : n : p+p] = bytes(len(range(p*p, n, p+p)))
    data[2] = 1
    return it.compress(it.count(), data)
def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if n == 0: return x * 0
    powers = map(pow, it.repeat(x), reversed(range(n)))
    return sum(map(operator.mul, coefficients, powers))
def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded_signal = it.chain(it.repeat(0, n-1), signal, it.repeat(0, n-1))
    for window in sliding_window(padded_signal, n):
        yield sum(map(operator.mul, kernel, window))
print(take(5, tabulate(lambda x: x * x)))
c = iter(range(10)); consume(c, 3); print(next(c))
print(nth(range(10), 4), nth([], 1, "dflt"), all_equal("aaa"), all_equal("aab"), quantify([1, 0, 2, None]))
print(list(ncycles("ab", 2)), dotproduct([1, 2], [3, 4]), list(flatten([[1], [2, 3]])), list(repeatfunc(pow, 3, 2, 3)))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
odds, evens = partition(lambda x: x % 2 == 0, range(10)); print(list(odds), list(evens))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {1: "a", 2: "b"}; print(list(iter_except(d.popitem, KeyError)))
print(first_true([0, None, 5, 6]), first_true([], "none"), random_product_like("abc", range(5)))
print(list(sliding_window("ABCDE", 3)), list(it.islice(sieve(100), 10)), polynomial_eval([1, -4, -17, 60], 2))
print(list(convolve([1, 2, 3], [1, 1])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate("abc")))
print(list(it.product(range(2), "ab", [None])), len(list(it.permutations(range(5)))), list(it.combinations("abcd", 3))[-1])
print(sum(1 for _ in it.combinations_with_replacement(range(4), 3)), list(it.starmap(lambda *a: sum(a), [(1, 2, 3), (4,)])))
print(functools.reduce(lambda a, b: a + [b] if b not in a else a, "mississippi", []))
