# graphlib: random graphs, the order and the reported cycle match CPython's.
import random
from graphlib import TopologicalSorter, CycleError
random.seed(5)
for trial in range(300):
    n = random.randint(1, 8)
    g = {}
    for i in range(n):
        g[random.randint(0, n)] = [random.randint(0, n) for _ in range(random.randint(0, 3))]
    try:
        print(list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print('cycle', e.args[1])
