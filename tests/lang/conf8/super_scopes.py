class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self):
        return "B>" + super().f()
    def lam(self):
        g = lambda: super().f()
        try:
            return g()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def nested(self):
        def inner():
            return super().f()
        return inner()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s():
        try:
            return super().s()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(2)]
b = B()
def attempt(fn):
    try:
        return fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(b.f(), b.lam(), B.c(), B.s(), list(b.gen()), attempt(b.comp))
try: print(b.nested())
except RuntimeError as e: print("RuntimeError", e)
def free_super():
    return super()
try: free_super()
except RuntimeError as e: print(e)
class C(B):
    def f(self):
        del self
        try:
            return super().f()
        except (RuntimeError, UnboundLocalError) as e:
            return f"{type(e).__name__}: {e}"
print(C().f())
try: super(B, 1)
except TypeError as e: print(e)
print(super(B, b).f(), super(B, B).c(), super(A, b).__init__ is not None, repr(super(B, b))[:30])
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.tagged = True
        return inst
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
m = M(3); print(m.v, m.tagged)
class X:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(i for i in items)
    try:
        bad = [i * mult for i in items for mult in [items[0]]]
    except NameError as e:
        bad = f"NameError: {e}"
print(X.doubled, X.total, X.bad)
x = "global"
class Y:
    x = "class"
    def m(self): return x
    lam = lambda self: x
    g = (x for _ in range(1))
print(Y().m(), Y().lam(), next(Y.g))
def outer():
    x = "enclosing"
    class Z:
        print("in class body:", x)
        x = "zclass"
        print("after assign:", x)
        def m(self): return x
    return Z().m()
print(outer())
def f2():
    class K:
        nonlocal_var = "k"
    v = 1
    class L:
        w = v + 1
    return L.w
print(f2())
