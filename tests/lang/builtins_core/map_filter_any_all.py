# map, filter, any, all are lazy or short-circuiting.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(iter([0, 1])))
seen = []
def pred(x):
    seen.append(x)
    return x > 1
print(any(pred(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(pred(x) for x in [5, 1, 9]), seen)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
