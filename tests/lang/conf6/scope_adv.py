def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
t(lambda: (C.y, C.z, C().m()))
def f():
    x = 'local'
    class D:
        print(x)
        x = 'dclass'
        print(x)
    return D.x
t(f)
def f2():
    x = 1
    class D:
        nonlocal_x = x
        def g(self): return x
    x = 2
    return D.nonlocal_x, D().g()
t(f2)
def f3():
    print(y)
    y = 1
t(f3)
def f4():
    def inner(): return z
    try:
        return inner()
    except NameError as e:
        print("inner", e)
    z = 5
    return inner()
t(f4)
def f5():
    a = 1
    del a
    return a
t(f5)
def f6():
    a = 1
    def g(): return a
    del a
    return g()
t(f6)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); t(c)
t(lambda: c.__closure__[0].cell_contents)
def f7():
    global newglob
    newglob = 'set'
f7(); t(lambda: newglob)
t(lambda: [i for i in range(3) if (last := i)] and last)
def f8():
    return [(j := i) for i in range(3)], j
t(f8)
t(lambda: eval('[k for k in range(3)]') and 'k' in dir())
fs = [lambda: i for i in range(3)]
t(lambda: [g() for g in fs])
fs2 = [lambda i=i: i for i in range(3)]
t(lambda: [g() for g in fs2])
def f9():
    exec("q = 5")
    return locals().get('q')
t(f9)
def f10():
    v = 1
    return eval("v + 1")
t(f10)
def f11():
    v = 1
    def inner():
        return eval("v")
    return inner()
t(f11)
ns = {}
exec("def h(): return hv\nhv = 3", ns)
t(lambda: ns['h']())
t(lambda: eval("a + b", {"a": 1}, {"b": 2}))
t(lambda: eval("__builtins__ is not None", {}))
t(lambda: eval("len('ab')", {"__builtins__": {}}))
t(lambda: exec("return 1"))
t(lambda: eval("x = 1"))
code = compile("1 + 2", "<s>", "eval")
t(lambda: (eval(code), code.co_filename, code.co_name))
t(lambda: compile("a = 1\nb", "<s>", "single"))
t(lambda: compile("x", "<s>", "bogus"))
t(lambda: eval(b"1 + 1"))
t(lambda: eval("  1 + 1"))
t(lambda: exec("  1 + 1"))
t(lambda: eval("\n1"))
try:
    del undefined_name
except NameError as e:
    print(e)
def f12():
    global gx
    try:
        return gx
    except NameError as e:
        return str(e)
t(f12)
def f13():
    try:
        return undefined_local_ish
    except NameError as e:
        return str(e)
t(f13)
t(lambda: prnt)
import math
t(lambda: math.sine)
t(lambda: [].apend)
t(lambda: None.x)
class Slotted:
    __slots__ = ('aaa',)
t(lambda: Slotted().aab)
t(lambda: Slotted().aaa)
