import pprint
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 4, 'dims': {'w': 10, 'h': 20, 'd': {'x': [1, 2, 3], 'y': (4, 5)}}, 'zeta': None, 'alpha': list(range(30))}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pprint(list(range(40)), compact=True, width=40)
pprint.pprint([[1, 2], [3, 4]] * 5, compact=True, width=30)
pprint.pprint('a long string ' * 10, width=30)
pprint.pprint(b'bytes ' * 15, width=30)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False), pprint.saferepr([1, {2: 3}]))
r = [1, 2]; r.append(r)
print(pprint.pformat(r).split(" with id=")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']))
pprint.pprint({(1, 2): {3, 2, 1}, frozenset([1]): []})
pprint.pprint([{'k%d' % i: i} for i in range(5)], indent=4, width=30)
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({'x': [1, 2, 3, 4, 5, 6]}))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=40)
pprint.pprint(defaultdict(list, {'a': [1] * 12}), width=30)
pprint.pprint(Counter('abracadabra'), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=30)
from dataclasses import dataclass, field
@dataclass
class Pt:
    x: int
    y: list = field(default_factory=list)
pprint.pprint([Pt(1, list(range(12))), Pt(2)], width=40)
pprint.pprint(Pt(1, [1, 2]), underscore_numbers=True)
pprint.pprint(12345678, underscore_numbers=True)
