# Session 14 (issue 6): the collector traces a large chunk (a long list's items) a step
# at a time, pushing its rest back under the children found (a whole list used to
# overflow the mark stack, which then rescanned every marked chunk). A long-lived
# structure in which the same objects are referred to from many places (None, a shared
# list, a shared str, items of one tuple) and a 60000-item list must come through many
# collections intact while garbage is made around it, with and without gc.collect().
import gc

shared_list = [1, 2, 3]
shared_str = "shared" + str(len(shared_list))
pivot = (shared_list, shared_str, None)
live = []
for i in range(60000):
    live.append((i, shared_list, shared_str, None, pivot, pivot[1]))
nested = [[pivot] * 8 for _ in range(500)]

def churn(n):
    total = 0
    for i in range(n):
        t = (i, [i, i + 1], {"k": i}, str(i))
        total += t[1][1] + t[2]["k"] + len(t[3])
    return total

checks = []
for round_ in range(6):
    checks.append(churn(40000))
    if round_ % 2 == 0:
        gc.collect()
print(checks)
print(all(t[1] is shared_list and t[2] is shared_str and t[3] is None and t[4] is pivot
          and t[5] is shared_str for t in live))
print(sum(t[0] for t in live), len(live), shared_list, shared_str)
print(all(len(row) == 8 and all(p is pivot for p in row) for row in nested))
shared_list.append(4)
print(live[-1][1], nested[-1][-1][0], pivot[0] is shared_list)
