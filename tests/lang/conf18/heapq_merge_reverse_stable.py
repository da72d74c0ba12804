# heapq.merge(..., reverse=True) is stable: equal keys keep the inputs' order (its
# reversed-key wrapper lacked __eq__, so list comparison never reached the order item).
import heapq, random
from operator import itemgetter
from itertools import chain
random.seed(5)
inputs = [[(random.choice('ABC'), random.randrange(-500, 500)) for j in range(random.randrange(30))] for i in range(8)]
for key in [None, itemgetter(0), itemgetter(1), itemgetter(1, 0)]:
    for reverse in [False, True]:
        seqs = [sorted(seq, key=key, reverse=reverse) for seq in inputs]
        print(sorted(chain(*inputs), key=key, reverse=reverse) == list(heapq.merge(*seqs, key=key, reverse=reverse)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (2, 'd')], key=itemgetter(0), reverse=False)))
print(list(heapq.merge([(2, 'a'), (1, 'b')], [(2, 'c'), (1, 'd')], key=itemgetter(0), reverse=True)))
print(list(heapq.merge([3, 1], [2, 1, 0], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
