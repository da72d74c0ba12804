from collections import deque, ChainMap, OrderedDict, defaultdict
d = deque(range(6), maxlen=5)
print(d, d.maxlen)
d.append(9); print(d)
d.appendleft(-1); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extend([7, 8]); print(d)
d.extendleft('ab'); print(d)
print(d.index(9) if 9 in d else None, d.count(7), d[0], d[-1])
try:
    d.index(100)
except ValueError as e:
    print('ValueError', e)
d.remove(d[2]); print(d)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    deque().popleft()
except IndexError as e:
    print('IndexError', e)
e = deque([1, 2, 3]); e.reverse(); print(e, e * 2, e + deque([0]))
e.insert(1, 'x'); print(e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as ex:
    print('IndexError', ex)
print(deque('abc', 0), list(deque([1, 2, 3], maxlen=1)))
try:
    deque([], maxlen=-1)
except ValueError as ex:
    print('ValueError', ex)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm)
cm['c'] = 4; print(cm.maps)
child = cm.new_child({'b': 30}); print(child['b'], child.parents)
del cm['a']; print(cm)
try:
    del cm['b']
except KeyError as ex:
    print('KeyError', ex)
print(cm.get('zz', 'dflt'), dict(cm))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(list(od))
od.move_to_end('e', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([(1, 2)]))
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(dd, dd.default_factory, dict(dd))
try:
    defaultdict(None)['q']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)
