import heapq
# deterministic pseudo-random data
x = 12345
data = []
for i in range(300):
    x = (x * 1103515245 + 12345) % 2**31
    data.append(x % 1000)
h = []
for v in data: heapq.heappush(h, v)
print(h[:15])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10])
h2 = list(data); heapq.heapify(h2); print(h2[:15])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v), heapq.nsmallest(4, enumerate(data), key=lambda p: p[1]))
print(heapq.nlargest(10, [1, 2]), heapq.nsmallest(1, 'zyx'), heapq.nlargest(2, iter([3, 1, 2])))
print(list(heapq.merge(sorted(data[:5]), sorted(data[5:9]), [])), list(heapq.merge()), list(heapq.merge([1, 1], [1], key=None)))
print(list(heapq.merge([(1, 'a'), (3, 'c')], [(1, 'b'), (2, 'x')], key=lambda p: p[0])))
mh = [1, 5, 3]; heapq._heapify_max(mh); print(mh, heapq._heappop_max(mh), mh, heapq._heapreplace_max(mh, 0), mh)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 3], 2))
class Bad:
    def __lt__(self, o): raise ValueError('no compare')
try: heapq.heappush([Bad()], Bad())
except ValueError as e: print(e)
class Shrink:
    def __init__(self, h): self.h = h
    def __lt__(self, o):
        self.h.clear(); return True
hh = []; hh.append(Shrink(hh)); hh.append(Shrink(hh)); hh.append(Shrink(hh))
try: heapq.heapify(hh); print('ok', len(hh))
except (RuntimeError, IndexError) as e: print(type(e).__name__, e)
for fn, a in [(heapq.heappush, ([],)), (heapq.heappop, ()), (heapq.heapify, ([], 1)), (heapq.heappushpop, ((), 1)), (heapq.heapreplace, ((1,), 1))]:
    try: fn(*a)
    except Exception as e: print(type(e).__name__, e)
