# not in the image: __file__
import sys, traceback, inspect, warnings
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v): self.v = v
a = Singleton(1); b = Singleton(2); print(a is b, a.v)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<cls {cls.__name__}>"
    def __len__(cls): return 42
class D(metaclass=Meta, opt=1):
    def __init__(self, x): self.x = x
d = D(5); print(d.x, D.created_by, D.kw, D, len(D), type(D))
class E:
    def __init__(self): return 1
try: E()
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
def lineno(): return inspect.currentframe().f_back.f_lineno
print(lineno())
def who(): return sys._getframe(1).f_code.co_name
def caller(): return who()
print(caller(), inspect.stack()[0].function)
def tb_lines():
    try:
        x = (1 +
             int("x"))
    except ValueError:
        return [(f.name, f.lineno) for f in traceback.extract_tb(sys.exc_info()[2])]
print(tb_lines())
print([fs.name for fs in traceback.extract_stack()][-1:])
def sig(a, b=2, *args, c, d=4, **kw): pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters))
print(inspect.getsource(lineno).strip())
print(inspect.isfunction(sig), inspect.isclass(D), inspect.ismethod(d.__init__), inspect.isgeneratorfunction(lambda: (yield)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
    print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter("error")
try: warnings.warn("now error")
except UserWarning as e: print("raised", e)
warnings.resetwarnings()
class Base:
    def greet(self): return "base"
class Mid(Base):
    def greet(self): return "mid>" + super().greet()
class Leaf(Mid):
    def greet(self): return "leaf>" + super().greet()
    def other(self):
        return super(Mid, self).greet()
print(Leaf().greet(), Leaf().other(), Leaf.__mro__[1].__name__)
class X:
    def m(self): return __class__
print(X().m() is X)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class R:
    def __init__(self): self.a = 1
print(R())
ns = {}
exec("def f(x):\n    return x * k\nk = 3", ns)
print(ns["f"](2), sorted(k for k in ns if not k.startswith("__")))
code = compile("a + 1", "<expr>", "eval")
print(eval(code, {"a": 41}), code.co_filename, code.co_names)
try: eval("1 +")
except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.text)
try: exec("def f(:\n pass")
except SyntaxError as e: print(e)
print(__name__, __file__.endswith(".py"), __doc__, type(__builtins__).__name__)
gl = globals(); gl["dyn"] = 5; print(dyn)
try: undefined_name
except NameError as e: print(e, e.name)
def uses():
    print(loc)
    loc = 1
try: uses()
except UnboundLocalError as e: print(e)
