# pprint / pformat layout: nested containers, width, indent, depth, compact,
# sort_dicts, underscore_numbers, strings and bytes, recursion.
import pprint, io, collections, types, dataclasses

data = {
    'name': 'safepy', 'version': (3, 11, 0), 'tags': ['interp', 'memory-safe', 'c'],
    'nested': {'a': list(range(30)), 'b': {'x': 1, 'y': [1, 2, {'z': 'deep'}]}},
    'empty': {}, 'elist': [], 'etuple': (), 'eset': set(), 'one': (1,),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=50)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint(list(range(40)), width=30)
pprint.pprint([[1, 2, 3] * 5, ['ab'] * 12], compact=True, width=40)
print(pprint.pformat(123456789, underscore_numbers=True))
print(pprint.pformat([10**12, 5, {'k': 10**8}], underscore_numbers=True))
print(pprint.pformat(10**12))
s = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(s)
pprint.pprint([s])
pprint.pprint({'text': s, 'lines': "line one\nline two\nline three is a bit longer\n" * 2})
pprint.pprint(s, width=20)
b = bytes(range(40))
pprint.pprint(b)
pprint.pprint([b], width=30)
pprint.pprint(bytearray(b'abcdefgh' * 12))
pprint.pprint({1, 5, 3, 99, 2, 7, 100000, 123456, 77777, 8888, 5555, 3333, 2222, 11, 12, 13}, width=20)
pprint.pprint(frozenset(range(20)), width=30)
pprint.pprint(set())
pprint.pprint((1,))
pprint.pprint(tuple(range(25)), width=20)
pprint.pprint([(1,)*30], width=40)
# mixed unsortable keys
pprint.pprint({1: 'a', 'b': 2, None: 3})
# recursion
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"))
print(pprint.saferepr(r).replace(str(id(r)), "ID"))
print(pprint.isrecursive(r), pprint.isreadable(r))
d = {'k': 1}
d['self'] = d
print(pprint.saferepr(d).replace(str(id(d)), "ID"))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}))
# collections types
od = collections.OrderedDict((str(i) * 8, i) for i in range(8))
pprint.pprint(od)
dd = collections.defaultdict(list, {('key%d' % i): list(range(i)) for i in range(8)})
pprint.pprint(dd)
c = collections.Counter('abracadabra' * 10 + 'xyzw' * 7 + 'qrstuvmnop')
pprint.pprint(c, width=40)
dq = collections.deque(range(30))
pprint.pprint(dq, width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.ChainMap({'a' * 30: 1}, {'b' * 30: 2}, {'c' * 30: 3}))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='x' * 50, gamma=None))
pprint.pprint(types.MappingProxyType({'a' * 40: 1, 'b' * 40: 2}))

@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'origin'

pprint.pprint(Point(1, list(range(30)), 'a fairly long label for a point'))
pprint.pprint([Point(1, [2], 'p')])

# PrettyPrinter object
pp = pprint.PrettyPrinter(indent=2, width=30, stream=io.StringIO())
pp.pprint(data['nested'])
print(pp._stream.getvalue(), end='')
print(pp.pformat([1, 2]), pp.isreadable([1]), pp.isrecursive([1]))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
# custom repr objects are not split
class R:
    def __repr__(self):
        return 'R(' + 'x' * 90 + ')'
pprint.pprint([R(), R()])
class MyList(list):
    pass
pprint.pprint(MyList(range(30)), width=20)
