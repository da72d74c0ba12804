from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap, UserDict, UserList, UserString
text = 'the cat and the hat and the bat'
c = Counter(text.split())
print(c, c.most_common(2), c['dog'], sum(c.values()), c.total(), list(c.elements())[:4])
c2 = Counter(the=1, cat=5)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2, b=3), +Counter(a=-1, b=1))
c.subtract(['the', 'the']); c.update({'cat': 2}); print(c, c < Counter(the=100) if hasattr(c, '__lt__') else '')
dd = defaultdict(list)
for w in text.split(): dd[len(w)].append(w)
print(dict(dd), dd[99], repr(defaultdict(int, a=1)), defaultdict(lambda: 'x')['k'])
try:
    defaultdict(None)['missing']
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False); print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict(x=1)))
dq = deque(range(5), maxlen=5); dq.append(5); dq.appendleft(-1); dq.rotate(2); print(dq, dq.maxlen, dq.count(3), dq.index(3))
dq.extendleft('ab'); print(dq, dq[0], dq[-1], list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), P._make([3, 4]), p._asdict(), P._fields, P._field_defaults, p.x + p[1])
try:
    namedtuple('Bad', ['def', 'x'])
except ValueError as e:
    print(type(e).__name__, e)
print(namedtuple('R', 'a def', rename=True)._fields)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), dict(cm), cm.new_child({'c': 4}), cm.parents, list(cm))
cm['z'] = 0; print(cm.maps)
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = UD(); u['ABC'] = 1; print(u, u.data, 'abc' in u)
ul = UserList([3, 1]); ul.sort(); print(ul, ul + [5], type(ul[:1]).__name__)
us = UserString('Hello'); print(us.upper(), us[1:], us + '!', type(us.lower()).__name__)
