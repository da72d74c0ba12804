# locals() in a function is one dict per frame, refreshed by each call (CPython 3.11);
# exec/eval see the caller's namespaces; globals() is the module dict.
def f():
    x = 1
    d = locals()
    y = 2
    print(sorted(d))
    locals()
    print(sorted(d))
    del x
    locals()
    print(sorted(d), d is locals())
f()
def g():
    a = 1
    def h():
        return a
    return list(locals().keys())
print(g())
def ex():
    exec("z = 5")
    return locals()['z']
print(ex())
def ev(q):
    return eval('q * 2'), eval('len(s)', {'s': 'abc'}), eval('w', None, {'w': 'local'})
print(ev(21))
print(globals() is globals(), 'ev' in globals(), __name__)
class K:
    v = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
    w = v + 1
print(K.w)
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))
def vars_test():
    m = 3
    return vars()
print(vars_test())
ns = {}
exec('def inner():\n    return outer_v\nouter_v = 7', ns)
print(ns['inner']())
code = compile('total = sum(range(n))', '<s>', 'exec')
d = {'n': 5}
exec(code, d)
print(d['total'])
