from _collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([7, 8]); print(d)
d.rotate(); print(d); d.rotate(-2); print(d); d.rotate(13); print(d)
d.reverse(); print(d, d.count(1), d.index(2))
d.insert(1, 'x'); d.remove('a'); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
e = deque(range(10), maxlen=3); print(e, e.maxlen)
e.appendleft(-1); print(e); e.extend([10, 11]); print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1], maxlen=2) * 3)
f = deque([1]); f += [2, 3]; f *= 2; print(f)
print(bool(deque()), bool(deque([0])), deque(), deque(maxlen=0), f.copy(), deque('abc', 2))
class D(deque): pass
print(D([1, 2]), D([1], maxlen=2), type(D([1]).copy()).__name__)
x = deque(); x.append(x); print(x)
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
tests = [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[50], lambda: d['a'], lambda: d.remove(9), lambda: d.index(9), lambda: deque([1],maxlen=1).insert(0,2), lambda: deque(maxlen=-1), lambda: d+[1], lambda: d*'a', lambda: deque(1), lambda: d.rotate('a'), lambda: deque([1],2,3), lambda: deque(maxlen='a'), lambda: d.count(), lambda: d.append(), lambda: d.insert(1), lambda: d[1:2], lambda: d.__setitem__(50,1), lambda: d.__delitem__(50)]
for t in tests: err(t)
it = iter(d); next(it); d.append(5)
err(next, it)
g = deque(range(5)); print(g.index(3, 1, 4), g.index(1, -5)); err(g.index, 4, 0, 3)
print(list(iter(deque(range(100)))) == list(range(100)))
big = deque()
for i in range(1000): big.appendleft(i)
for i in range(500): big.pop()
print(len(big), big[0], big[-1], sum(big))
print(deque[int])
