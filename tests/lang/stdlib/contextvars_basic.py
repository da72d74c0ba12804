# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run isolation, errors.
import contextvars, re
from contextvars import ContextVar, Context, Token, copy_context

def clean(s):
    return re.sub('0x[0-9a-f]+', '0x?', s)

def show(f, *a, **k):
    try:
        print(clean(repr(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__, clean(str(e)))

v = ContextVar('v', default=1)
w = ContextVar('w')
print(clean(repr(v)), clean(repr(w)), v.name)
print(v.get(), v.get(5), w.get('dflt'))
show(w.get)
try:
    w.get()
except LookupError as e:
    print(e.args[0] is w)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING)
print(clean(repr(t)))
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
print(clean(repr(t2)))
show(v.reset, t2)
show(w.reset, t)
show(v.reset, 'tok')
v.reset(t)
print(v.get())

ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, w in ctx)
tw = w.set('outer')
snap = copy_context()
print(w in snap, snap[w], snap.get(w), snap.get(v, 'none'), len(snap))
w.set('changed')
print(snap[w], w.get())

def inner(x, y=0):
    print('in run', w.get(), x, y)
    w.set('inside')
    print('in run after set', w.get())
    return x + y
print(snap.run(inner, 1, y=2))
print(snap[w], w.get())
show(lambda: snap[5])
show(lambda: snap[ContextVar('fresh')].x)
show(lambda: 5 in snap)
print(sorted(k.name for k in snap), sorted(k.name for k in snap.keys()), sorted(map(str, snap.values())))
print(sorted((k.name, val) for k, val in snap.items()))

e = Context()
print(len(e), e.run(lambda: w.get('no value in empty')))
t3 = e.run(w.set, 'in e')
print(e[w], w.get())
show(w.reset, t3)
show(ContextVar, 5)
print(e.copy() == e, e.copy() is e)
