# Hand-written equivalents of chain, islice, pairwise and groupby using iterators.
def chain(*its):
    for it in its:
        for x in it:
            yield x
def islice(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
def groupby(seq):
    it = iter(seq)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    for x in it:
        if x == cur:
            group.append(x)
        else:
            yield cur, group
            cur, group = x, [x]
    yield cur, group
print(list(chain('ab', [1, 2], ())))
print(list(islice(range(100), 4)), list(islice([1], 5)))
print(list(pairwise([1, 2, 3, 4])), list(pairwise([])))
print(list(groupby('aaabccdd')))
