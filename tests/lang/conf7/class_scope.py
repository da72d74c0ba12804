x = 'global'
class A:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    w = x
    def m(self):
        return x
print(A.y, A.z, A.w, A().m())
class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v + n for v in vals for n in vals]
    except NameError as e:
        err = str(e)
print(B.doubled, getattr(B, 'bad', None), getattr(B, 'err', None))
class C:
    n = 3
    try:
        sq = [n * i for i in range(2)]
    except NameError as e:
        sq = str(e)
print(C.sq)
def outer():
    v = 'enclosing'
    class D:
        v = 'classvar'
        def get(self):
            return v
        got = v
    return D().get(), D.got
print(outer())
def outer2():
    v = 1
    class E:
        nonlocal v
        v = 2
    return v
print(outer2())
class F:
    global gv
    gv = 'set in class'
print(gv)
def f():
    class G:
        print('locals keys', sorted(k for k in locals() if not k.startswith('__')))
        a = 1
        print('locals keys', sorted(k for k in locals() if not k.startswith('__')))
    return G
f()
class H:
    __private = 1
    def get(self):
        return self.__private, H._H__private
    def __dunder__(self):
        return 'not mangled'
print(H().get(), hasattr(H, '__private'), H().__dunder__())
class _Under:
    __x = 5
print(_Under._Under__x)
class __Dunder:
    __y = 6
print([k for k in vars(__Dunder) if 'y' in k])
def scope_test():
    def do_local():
        spam = 'local spam'
    def do_nonlocal():
        nonlocal spam
        spam = 'nonlocal spam'
    def do_global():
        global spam
        spam = 'global spam'
    spam = 'test spam'
    do_local(); print(spam)
    do_nonlocal(); print(spam)
    do_global(); print(spam)
scope_test(); print(spam)
def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
unbound()
def free_unbound():
    def inner():
        return fv
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    fv = 2
    return inner()
print(free_unbound())
def del_local():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
del_local()
class K:
    attr = 1
    del attr
print(hasattr(K, 'attr'))
try:
    class L:
        del nothere
except NameError as e:
    print(e)
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
print([(yield_ := i) for i in range(2)], yield_)
try:
    exec("class N:\n    [(z := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print(e.msg)
g1 = 10
def shadow():
    g1 = 20
    def inner():
        global g1
        return g1
    return inner()
print(shadow())
print(eval('[a for a in range(3)]'), eval('x'))
def comp_scope():
    a = 5
    return eval('[a + b for b in range(2)]')
try:
    print(comp_scope())
except NameError as e:
    print(e)
