# dict: insertion order, get/setdefault/pop/popitem/update/copy/clear/fromkeys, | and |=, ==
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10; print(d, len(d), list(d))
del d['b']; d['b'] = 4; print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.setdefault('a', 9), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
show(lambda: d['missing'])
show(lambda: d[(1, 2)])
print(d.popitem(), d.popitem(), d)
show(lambda: {}.popitem())
e = {1: 'x'}
e.update({2: 'y'}, z=3); e.update([(4, 'w')]); e.update(k=5); e.update(); print(e)
show(lambda: e.update([(1, 2, 3)]))
show(lambda: e.update([1]))
show(lambda: e.update(1))
show(lambda: e.update({}, {}))
show(lambda: dict([('a', 1), 'bc', 'def']))
print(dict(a=1, b=2), dict([(1, 2)], c=3), dict({1: 2}), dict(zip('ab', range(2))), dict())
show(lambda: dict(1, 2))
f = e.copy(); f[1] = 'changed'; print(e[1], f[1])
f.clear(); print(f, len(f))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({3: 4}), dict.fromkeys({5}))
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
g = {1: 2}; g |= {5: 6}; g |= [(7, 8)]; print(g)
show(lambda: {1: 2} | [(3, 4)])
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [1])
show(lambda: {1: 2} < {1: 2})
print({1: 1, 2: 2} == {2: 2, 1: 1}, {1: 2}.keys() == {1}, {True: 'a', 1: 'b', 1.0: 'c'})
h = {}; h[h_key := (1, 'x')] = 1; print(h[(1, 'x')], (1, 'x') in h, [] in {} if False else 'ok')
show(lambda: {[]: 1})
show(lambda: [] in {})
show(lambda: {}.get([]))
r = {}; r['self'] = r; print(r)
s = {'a': [r]}; print(s)
print(str({'q': "it's"}), {1.5: None, -3: (1,)})
for i in range(1000): h[i] = i
for i in range(0, 1000, 2): del h[i]
print(len(h), sum(h.values()) - 1, list(h)[:5])
