# One- and two-key dicts (literals, keyword arguments, small instance dicts) keep their
# entries inside the dict object: growth past two keys, deletion and reinsertion, clear,
# copy, subclasses, equal-hash keys and ordering must behave as for any dict.
import gc
import weakref


class K:
    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K(%d)" % self.n


def grow():
    for start in ({'a': 1}, {'a': 1, 'b': 2}, {1: 'x'}, {(1, 2): 3, 2.5: 4}):
        d = start
        for i in range(12):
            d["k%d" % i] = i
        print(len(d), list(d)[:4], d.get("k11"), d.get("a"), d.get(1))


def delete_reinsert():
    d = {'a': 1, 'b': 2}
    del d['a']
    print(d, len(d))
    d['a'] = 3
    print(d, list(d.items()))
    d['c'] = 4
    del d['b']
    d['b'] = 5
    print(d)
    e = {'x': 1}
    print(e.pop('x'), e, e.pop('x', None))
    e['y'] = 2
    e['x'] = 1
    print(e, e.popitem(), e)


def duplicates():
    print({'a': 1, 'a': 2})
    k1, k2 = K(1, 7), K(1, 7)
    d = {k1: 'first', k2: 'second'}
    print(d, d[k1] is d[k2], list(d)[0] is k1)
    k3 = K(2, 7)
    d = {k1: 1, k3: 2}
    print(d, d[k3])
    print({1: 'a', 1.0: 'b'}, {True: 'x', 1: 'y'})
    try:
        {'a': 1, []: 2}
    except TypeError as e:
        print("TypeError", e)


class D(dict):
    pass


def subclass_copy_clear():
    d = D(a=1)
    d['b'] = 2
    d['c'] = 3
    print(type(d).__name__, d)
    s = {'a': 1, 'b': 2}
    c = s.copy()
    c['z'] = 0
    print(s, c, dict(s) == s, s | {'q': 1})
    s.clear()
    print(s, len(s))
    s['n'] = 1
    print(s)
    t = {'a': [1]}
    u = dict(t)
    u['a'].append(2)
    print(t, u, t == u)


def kwargs(**kw):
    kw['extra'] = len(kw)
    return kw


class Obj:
    pass


def freed_after_growth():
    class V:
        pass
    v = V()
    r = weakref.ref(v)
    d = {'a': v, 'b': 0}
    for i in range(5):
        d[i] = i
    del d['a']
    del v
    gc.collect()
    print("collected", r() is None, len(d))
    v2 = V()
    r2 = weakref.ref(v2)
    e = {'k': v2}
    e.clear()
    del v2
    gc.collect()
    print("collected after clear", r2() is None, e)


grow()
delete_reinsert()
duplicates()
subclass_copy_clear()
print(kwargs(a=1), kwargs(a=1, b=2), kwargs())
o = Obj()
o.x = 1
print(o.__dict__, vars(o))
o.__dict__['y'] = 2
o.z = 3
del o.x
print(o.__dict__)
freed_after_growth()
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, repr({}), {'a': {}})
# three to five pairs: appended when their hashes differ, else compared
ka, kb = K(5, 3), K(5, 3)
print({'a': 1, 'b': 2, 'a': 3}, {1: 1, 2: 2, 3: 3, 1.0: 4, 2: 5}, {ka: 1, 'x': 2, kb: 3})
print({K(1, 1): 1, K(2, 1): 2, K(3, 1): 3, K(1, 1): 4}, {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5})
d5 = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
d5['f'] = 6
del d5['a']
d5['a'] = 0
print(d5, len(d5), d5.copy() == d5)
try:
    {'a': 1, 'b': 2, {}: 3}
except TypeError as e:
    print("TypeError", e)
