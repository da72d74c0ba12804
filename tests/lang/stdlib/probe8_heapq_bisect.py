import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, 'hello'), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]))
recs = [{'n': 'a', 'p': 3}, {'n': 'b', 'p': 1}, {'n': 'c', 'p': 3}, {'n': 'd', 'p': 2}]
print(heapq.nsmallest(2, recs, key=lambda r: r['p']), heapq.nlargest(2, recs, key=lambda r: r['p']))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
x = [3, 1, 2]; heapq.heapify(x); print(x)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError', e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print('TypeError', e)
tasks = []
for pri, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'again')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9), bisect.bisect(a, 4, 0, 2))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
people = [('ann', 20), ('bob', 30), ('cy', 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect(people, 35, key=lambda p: p[1]))
bisect.insort(people, ('dee', 35), key=lambda p: p[1]); print(people)
bisect.insort_left(people, ('eve', 30), key=lambda p: p[1]); print(people)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print('TypeError', e)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_right(a, 4, lo=3), bisect.bisect_left(a, 4, hi=2))
