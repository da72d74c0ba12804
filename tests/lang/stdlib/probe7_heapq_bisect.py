import heapq, bisect
tasks = [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]
h = []
for t in tasks: heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(len(h))])
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, tasks, key=lambda t: t[1]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
heapq.heapify(nums); print(nums, heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
grades = [60, 70, 80, 90]
print([ 'FDCBA'[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('z', 0), key=lambda r: r[1]); print(recs)
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2, lo=4), bisect.bisect_left(a, 2, 0, 2))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
class Job:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f'Job({self.p},{self.n})'
hh = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b')]
heapq.heapify(hh); print(heapq.heappop(hh), hh[0])
try:
    heapq.heappush([1], 'x')
except TypeError as e:
    print(type(e).__name__, e)
import queue
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)], pq.empty())
