import copy, itertools as it
c = it.count(5, 2); next(c); d = copy.copy(c); print(next(d), next(c), c, copy.deepcopy(it.count(1.5)), it.count(3).__reduce__(), it.count(1, 3).__reduce__())
r = it.repeat('x', 3); next(r); print(copy.copy(r), list(copy.deepcopy(r)), it.repeat([1]).__reduce__(), r.__reduce__())
