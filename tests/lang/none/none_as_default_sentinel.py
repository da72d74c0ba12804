# Using None as a default argument sentinel and optional return.
def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2))
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
print(find([5, 6, 7], 7), find([5, 6, 7], 8))
r = find([], 1)
print('missing' if r is None else r)
d = {'a': 1}
print(d.get('b'), d.get('a'))
print([x for x in [1, None, 2, None] if x is not None])
print(None or 'default', None and 'never')
print(sorted([3, 1, 2], key=None))
