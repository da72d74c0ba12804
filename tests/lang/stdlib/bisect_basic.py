import types, heapq, bisect, keyword, sys
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print(e)
try: bisect.bisect_left(1, 1)
except TypeError as e: print(e)
