# inspect predicates, getmembers, getmro, getdoc/cleandoc, getmodule, isabstract.
import inspect, abc, sys, types, functools

def func(): pass
def gen(): yield 1
async def coro(): pass
class C:
    """Class doc.

        Indented more.
    """
    attr = 5
    def meth(self):
        """  Method doc.
        second line
        """
    @classmethod
    def cmeth(cls): pass
    @staticmethod
    def smeth(): pass
    @property
    def prop(self):
        "prop doc"
        return 1

class D(C):
    def meth(self):
        pass

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass

class B(A):
    def f(self): return 1

objs = [('func', func), ('gen', gen), ('gen()', gen()), ('coro', coro), ('C', C),
        ('C()', C()), ('C.meth', C.meth), ('C().meth', C().meth), ('C.cmeth', C.cmeth),
        ('len', len), ('[].append', [].append), ('str.join', str.join), ('sys', sys),
        ('lambda', lambda: 0), ('partial', functools.partial(gen)), ('5', 5),
        ('A', A), ('B', B), ('object.__init__', object.__init__)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'isgenerator', 'iscoroutinefunction', 'isbuiltin', 'isroutine', 'isabstract',
         'ismethoddescriptor', 'iscode', 'istraceback', 'isframe']
for name, o in objs:
    print(name, [p for p in preds if getattr(inspect, p)(o)])

print(inspect.getmro(D) == (D, C, object), [c.__name__ for c in inspect.getmro(B)])
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(C(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmembers(types.SimpleNamespace(b=2, a=1), lambda v: isinstance(v, int)))
print(repr(inspect.getdoc(C)))
print(repr(inspect.getdoc(C.meth)))
print(repr(inspect.getdoc(D.meth)))
print(repr(inspect.getdoc(D().meth)))
print(repr(inspect.getdoc(D)))
print(repr(inspect.getdoc(func)))
print(repr(inspect.getdoc(C.__dict__['prop'])))
print(repr(inspect.cleandoc("   first\n     a\n       b\n\n     c\n\n")))
print(repr(inspect.cleandoc("\n\n  x\n\ty")))
print(repr(inspect.cleandoc("")))
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(sys) is sys,
      inspect.getmodule(inspect.signature).__name__, inspect.getmodule(5))
print(inspect.currentframe() is None or inspect.isframe(inspect.currentframe()))
print(inspect.Parameter, inspect.Signature, inspect.BoundArguments)
print(inspect.get_annotations(lambda: 0), inspect.getfile(func).endswith('inspect_members.py'))

def sourced(a,
            b=2):
    """doc"""
    x = 1

    return x

class WithStatic:
    @staticmethod
    def m():
        return 1

print(inspect.getsource(sourced), end='')
print(inspect.getsourcelines(WithStatic.m))
