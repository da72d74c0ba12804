# deeply nested containers: repr, ==, and hash raise RecursionError instead of crashing
def nest(n, wrap):
    x = []
    for _ in range(n):
        x = wrap(x)
    return x

deep = nest(100000, lambda x: [x])
for name, f in [('repr', lambda: repr(deep)), ('eq', lambda: deep == nest(100000, lambda x: [x]))]:
    try:
        f()
        print(name, 'ok')
    except RecursionError as e:
        print(name, 'RecursionError', e)
d = {}
cur = d
for _ in range(100000):
    cur['k'] = {}
    cur = cur['k']
try:
    repr(d)
except RecursionError as e:
    print('dict repr RecursionError', e)
shallow = nest(50, lambda x: [x, (x,)])
print(len(repr(nest(50, lambda x: [x]))), nest(30, lambda x: (x,)) == nest(30, lambda x: (x,)))
print(nest(3, lambda x: [x, {1: x}]))
fs = frozenset()
gs = frozenset()
for _ in range(100000):
    fs = frozenset([fs])
    gs = frozenset([gs])
try:
    print(fs == gs)
except RecursionError as e:
    print('frozenset eq RecursionError', e)
t = ()
for _ in range(100000):
    t = (t,)
try:
    print(repr(t)[:5])
except RecursionError as e:
    print('tuple repr RecursionError', e)
