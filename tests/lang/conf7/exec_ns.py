g = {}
exec('x = 1\ndef f(): return x', g)
print(sorted(k for k in g if k != '__builtins__'), g['f'](), '__builtins__' in g)
l = {}
exec('y = 2\nz = y + 1', {}, l)
print(l)
exec('def h(): return w\nw = 5', g, l)
try:
    l['h']()
except NameError as e:
    print(e)
print(eval('a + b', {'a': 1}, {'b': 2}), eval('len', {}), eval('__builtins__', {'__builtins__': {'q': 1}}))
try:
    eval('len([])', {'__builtins__': {}})
except NameError as e:
    print(e)
print(eval('q', {'__builtins__': {'q': 7}}))
def f():
    a = 1
    loc = locals()
    b = 2
    print(sorted(loc), sorted(locals()))
    exec('a = 100; c = 3')
    print(a, 'c' in locals())
f()
def g2():
    x = 1
    def inner():
        return locals()
    return inner()
print(g2())
class M(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return super().__getitem__(k)
print(eval('magic + 1', {}, M()))
exec('print(magic)', {}, M())
ns = {}
exec('import math\nr = math.sqrt(16)', ns)
print(ns['r'], 'math' in ns)
code = compile('1 + 2', '<s>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
c2 = compile('print("from exec")', 'file.py', 'exec')
exec(c2)
r = exec('1 + 1')
print(r)
try:
    eval('x = 1')
except SyntaxError as e:
    print(e.msg)
try:
    compile('x', 'f', 'bad')
except ValueError as e:
    print(e)
print(eval(' 1 + 1 \n'), eval('\t2'))
try:
    eval(' \n')
except SyntaxError as e:
    print(e.msg)
print(compile('x = 1', 'f', 'single').co_name, eval(compile('42', 'f', 'single')))
exec(compile('5 * 5', 'f', 'single'))
print(vars().get('ns') is ns, globals() is vars())
def v():
    q = 1
    return vars()
print(v())
print(dir()[:3])
def d():
    a = 1; b = 2
    return dir()
print(d())
x = 10
def shadow():
    print(globals()['x'], 'x' in locals())
shadow()
exec('global gz\ngz = 9')
print(gz)
def exec_in_func():
    exec('global gq\ngq = 11')
    return gq
print(exec_in_func())
print(eval('[i for i in range(n)]', {'n': 3}))
print(eval('(lambda: k)()', {'k': 'closure-free'}))
