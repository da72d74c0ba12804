import weakref
try:
    from weakref import _collect as collect
except ImportError:
    import gc
    collect = gc.collect

class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n
    def __call__(self, x):
        return x * self.n
    def __len__(self):
        return self.n

got = []
def cb(wr):
    got.append(wr)

def make_cb():
    b = A(5)
    return weakref.ref(b, cb)

def make_proxy():
    a = A(3)
    return weakref.proxy(a), weakref.ref(a)

def churn():
    x = [[i] * 10 for i in range(1000)]
    return len(x)

def test():
    w = make_cb()
    churn()
    collect()
    print(len(got) == 1 and got[0] is w, w())
    p, r = make_proxy()
    churn()
    collect()
    try:
        p.n
    except ReferenceError as e:
        print('ReferenceError', e)
    print(r(), repr(r).endswith('; dead>'))
    try:
        hash(r)
    except TypeError as e:
        print('TypeError', e)

def alive_proxy():
    a = A(4)
    p = weakref.proxy(a)
    print(p.n, p.m(), len(p), p(10), bool(p), type(p).__name__)
    p.n = 6
    print(a.n, p == a, isinstance(p, weakref.ProxyTypes))
    try:
        hash(p)
    except TypeError as e:
        print('TypeError', e)
    b = A(2)
    q = weakref.proxy(b)
    print(type(q).__name__ in ('weakproxy', 'weakcallableproxy'))

test()
alive_proxy()

class F:
    pass

log = []
def make_fin():
    o = F()
    fin = weakref.finalize(o, log.append, 'finalized')
    return fin

def test_finalize():
    fin = make_fin()
    churn()
    collect()
    print(fin.alive, log)
    o = F()
    fin2 = weakref.finalize(o, log.append, 'called')
    print(fin2() is None, fin2.alive, log, fin2() is None, log)
    fin3 = weakref.finalize(o, log.append, 'x')
    print(fin3.detach()[0] is o, fin3.alive)

test_finalize()
