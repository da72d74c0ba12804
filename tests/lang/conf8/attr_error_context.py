# AttributeError.name / .obj are set by a failed attribute lookup, whoever raised it
import types

class A:
    def __getattr__(self, n):
        raise AttributeError(n)
    @property
    def p(self):
        return self.nope

class B:
    __slots__ = ('a',)

class G:
    @property
    def p(self):
        raise MyAE("mine")
    @property
    def q(self):
        return self.missing_inside

class MyAE(AttributeError):
    pass

def show(label, fn):
    try:
        fn()
    except AttributeError as e:
        o = e.obj
        print(label, repr(e), e.name, type(o).__name__)

for obj, name in [(A(), 'zz'), (A(), 'p'), (B(), 'a'), (B(), 'q'), (object(), 'x'), (1, 'foo')]:
    show("getattr " + name, lambda: getattr(obj, name))
# the same through LOAD_ATTR, several times (inline caches warm up)
for i in range(3):
    show("A.p", lambda: A().p)
    show("G.p", lambda: G().p)
    show("G.q", lambda: G().q)
    show("B.a", lambda: B().a)
# a method call reading a raising property: CPython leaves name/obj unset there
show("G.p()", lambda: G().p())
show("A.zz()", lambda: A().zz())

class D:
    def __getattr__(self, n):
        return getattr(object(), 'other')
show("nested", lambda: D().qq)

class E:
    def __getattr__(self, n):
        raise AttributeError("preset", name="pre", obj=5)
try:
    E().qq
except AttributeError as e:
    print(repr(e), e.name, e.obj)

class F:
    def __getattribute__(self, n):
        raise AttributeError("x")
show("getattribute", lambda: F().zz)
print(getattr(F(), 'yy', 'dflt'), hasattr(F(), 'yy'))

m = types.ModuleType('mm')
def mga(n):
    raise AttributeError(f"custom {n}")
m.__getattr__ = mga
try:
    m.foo
except AttributeError as e:
    print(repr(e), e.name, e.obj is m)
m2 = types.ModuleType('m2')
try:
    m2.bar
except AttributeError as e:
    print(repr(e), e.name, e.obj is m2)

class WithDescr:
    class Desc:
        def __get__(self, inst, owner):
            raise AttributeError("from descriptor")
    d = Desc()
for i in range(3):
    show("descr", lambda: WithDescr().d)
show("type attr", lambda: int.nothing_here)
show("super", lambda: super(B, B()).nothing)
# an AttributeError raised explicitly (not by a lookup) stays bare
try:
    raise AttributeError("plain")
except AttributeError as e:
    print(repr(e), e.name, e.obj)
