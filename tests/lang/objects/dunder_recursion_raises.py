# Unbounded recursion through every kind of dunder ends in RecursionError, never a crash.
import sys
def t(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError")
    except Exception as e:
        print(name, type(e).__name__)
class H:
    def __hash__(self): return hash(self)
t("hash", lambda: hash(H()))
class E:
    def __eq__(self, o): return self == o
t("eq", lambda: E() == E())
class I:
    def __init__(self): I()
t("init", lambda: I())
class P:
    @property
    def p(self): return self.p
t("prop", lambda: P().p)
class G:
    def __getitem__(self, k): return self[k]
t("getitem", lambda: G()[0])
class S:
    def __str__(self): return str(self)
t("str", lambda: str(S()))
class F:
    def __format__(self, s): return format(self, s)
t("format", lambda: format(F(), ''))
class L:
    def __len__(self): return len(self)
t("len", lambda: len(L()))
class B:
    def __bool__(self): return bool(self)
t("bool", lambda: bool(B()))
class It:
    def __iter__(self): return iter(self)
t("iter", lambda: iter(It()))
class C:
    def __call__(self): return self()
t("call", lambda: C()())
class A:
    def __add__(self, o): return self + o
t("add", lambda: A() + 1)
class N:
    def __new__(cls): return N()
t("new", lambda: N())
class M(type):
    def __call__(cls): return cls()
class MM(metaclass=M): pass
t("metacall", lambda: MM())
class SA:
    def __setattr__(self, k, v): setattr(self, k, v)
t("setattr", lambda: setattr(SA(), 'x', 1))
class Con:
    def __contains__(self, x): return x in self
t("contains", lambda: 1 in Con())
class D:
    def __get__(self, o, t): return self.__get__(o, t)
class DH:
    d = D()
t("descr", lambda: DH().d)
class Idx:
    def __index__(self): return Idx().__index__()
t("index", lambda: [1][Idx()])
class R:
    def __repr__(self): return repr([self])
t("repr-list", lambda: repr(R()))
class Sup:
    def f(self): return super().f()
t("super-missing", lambda: Sup().f())
class Sub(Sup):
    def f(self): return self.f()
t("self-f", lambda: Sub().f())
print("survived", sys.getrecursionlimit())
