# Recursive algorithms over nested data: trees, permutations, tree depth.
tree = {'value': 1, 'children': [
    {'value': 2, 'children': [{'value': 4, 'children': []}]},
    {'value': 3, 'children': []},
]}
def total(node):
    return node['value'] + sum(total(c) for c in node['children'])
def height(node):
    return 1 + max((height(c) for c in node['children']), default=0)
print(total(tree), height(tree))
def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))
def binary_search(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)
data = list(range(0, 100, 3))
print(binary_search(data, 42), binary_search(data, 43))
