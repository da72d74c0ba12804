# eval/exec: namespaces, defaults, __builtins__ insertion, code objects and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

x = 10
show('eval global', lambda: eval('x + 1'))
show('eval dict', lambda: eval('x * 2', {'x': 4}))
show('eval locals', lambda: eval('x + y', {'x': 1}, {'y': 2}))
show('eval indent', lambda: eval('  1 + 1'))
show('eval bytes', lambda: eval(b'2 ** 5'))
show('eval code', lambda: eval(compile('3 * 3', '<c>', 'eval')))
show('eval stmt', lambda: eval('y = 1'))
show('eval not str', lambda: eval(1))
show('eval globals', lambda: eval('1', 1))
show('eval locals bad', lambda: eval('1', {}, 1))
show('eval null', lambda: eval('1\0'))
show('eval kw', lambda: eval(source='1'))
g = {}
exec('a = 1\nb = a + 1', g)
print(sorted(k for k in g if k != '__builtins__'), g['b'], '__builtins__' in g)
loc = {}
exec('c = 5', {}, loc)
print(loc)
def f():
    d = {}
    exec('z = 3', globals(), d)
    return d
print('exec in function', f())
exec('x = 99')
print('module x', x)
show('exec returns', lambda: exec('1'))
show('exec globals', lambda: exec('1', 1))
show('exec locals', lambda: exec('1', {}, 1))
show('exec not str', lambda: exec(1))
show('exec no args', lambda: exec())
show('exec many', lambda: exec('1', {}, {}, 1))
show('exec syntax', lambda: exec('def'))
ns = {}
exec(compile('def sq(n):\n    return n * n\n', '<defs>', 'exec'), ns)
print(ns['sq'](7))
show('nested eval', lambda: eval("eval('1 + 2')"))
show('builtins visible', lambda: eval('len([1, 2])', {}))
show('custom builtins', lambda: eval('len', {'__builtins__': {'len': 'mine'}}))
