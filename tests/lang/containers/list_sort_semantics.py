# list.sort/sorted: stability, key, reverse, errors, mutation during sort, failing comparisons
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
x = [5, 2, 9, 1, 5, 6]; x.sort(); print(x)
x.sort(reverse=True); print(x)
w = ['banana', 'Apple', 'cherry', 'apple']; w.sort(key=str.lower); print(w)
w.sort(); print(w)
print(sorted([3.5, -1, 2, 10**20, 0.25]))
big = list(range(1000, 0, -1)); big.sort(); print(big[:5], big[-3:])
import_free = [(i * 7919) % 1009 for i in range(1009)]
print(sorted(import_free) == list(range(1009)))
show(lambda: sorted([1, 'a', 2]))
show(lambda: [3, 1].sort(1))
show(lambda: [3, 1].sort(key=1))
show(lambda: [3, 1].sort(reverse=1.5))
show(lambda: sorted([3, 1], cmp=None))
lst = [3, 1, 2]
def evil(v):
    lst.append(v)
    return v
show(lambda: lst.sort(key=evil))
print(lst)
lst2 = [3, 1, 2]
def peek(v):
    print('len during sort', len(lst2))
    return v
lst2.sort(key=peek); print(lst2)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2: raise ValueError('no 2')
        return self.v < o.v
    def __repr__(self): return 'B%d' % self.v
items = [Bad(i) for i in (5, 3, 2, 4, 1)]
show(lambda: items.sort())
print(sorted(b.v for b in items))
def kerr(v):
    if v == 3: raise KeyError(v)
    return v
k = [5, 3, 1]
show(lambda: k.sort(key=kerr)); print(k)
print(sorted([[2, 1], [1, 2], [1]]), sorted('hello'), sorted((2, 1)))
