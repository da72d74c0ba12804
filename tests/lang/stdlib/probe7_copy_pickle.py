import copy, pickle
class Node:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = list(kids)
    def __repr__(self): return f'Node({self.v}, {self.kids})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
sh = copy.copy(tree); dp = copy.deepcopy(tree)
tree.kids[0].v = 20
print(sh, dp, sh.kids is tree.kids, dp.kids[1] is tree.kids[1])
a = [1]; b = [a, a]; c = copy.deepcopy(b); print(c[0] is c[1])
class Custom:
    def __init__(self): self.x = [1]
    def __copy__(self): print('copy called'); return Custom()
    def __deepcopy__(self, memo): print('deepcopy called'); return 'replaced'
print(copy.copy(Custom()).x, copy.deepcopy(Custom()))
data = {'a': [1, 2.5, 'x', None, True], 'b': (1, 2), 'c': {3, 4}, 'd': b'bytes', 'e': Node(5), 'f': frozenset([1])}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, out['a'], out['b'], sorted(out['c']), out['e'], out == data or 'node differs')
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = 2
s = pickle.loads(pickle.dumps(Slotted())); print(s.a, s.b)
class Reduce:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Reduce, (self.x * 2,))
print(pickle.loads(pickle.dumps(Reduce(3))).x)
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b'garbage'), lambda: pickle.dumps((x for x in []))]:
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
import io
f = io.BytesIO(); pickle.dump([1, 2], f); pickle.dump('second', f); f.seek(0); print(pickle.load(f), pickle.load(f))
from collections import namedtuple, OrderedDict, Counter
Pt = namedtuple('Pt', 'x y')
globals()['Pt'] = Pt
print(pickle.loads(pickle.dumps(Pt(1, 2))), pickle.loads(pickle.dumps(OrderedDict(a=1))), pickle.loads(pickle.dumps(Counter('aab'))))
print(copy.deepcopy({'k': [Pt(1, [2])]}), copy.copy([1, [2]]), copy.replace if hasattr(copy, 'replace') else 'no replace')
