import types, heapq, bisect, keyword, sys
h = []
for x in [5, 3, 8, 1, 9, 2, 7]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; heapq.heapify(l); print(l)
print([heapq.heappop(l) for _ in range(len(l))])
print(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(2, [1, 5, 2, 8, 3]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
for fn, a in [(heapq.heappop, ([],)), (heapq.heappush, (1, 2)), (heapq.heapify, ((1,),)), (heapq.heapreplace, ([], 1))]:
    try: fn(*a)
    except Exception as e: print(type(e).__name__, e)
h2 = [(2, 'b'), (1, 'a')]; heapq.heapify(h2); print(h2)
