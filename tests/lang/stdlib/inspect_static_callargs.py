# inspect.getattr_static, getcallargs, getclosurevars, getmodulename
import inspect


class Desc:
    def __get__(self, obj, owner=None):
        return 'computed'


class DataDesc:
    def __get__(self, obj, owner=None):
        return 'data'

    def __set__(self, obj, value):
        pass


class Meta(type):
    meta_attr = 'from meta'


class Base(metaclass=Meta):
    inherited = 'base value'


class C(Base):
    plain = 1
    d = Desc()
    dd = DataDesc()

    @property
    def p(self):
        raise RuntimeError('property must not run')

    def __getattr__(self, name):
        raise RuntimeError('__getattr__ must not run')

    def method(self):
        pass


c = C()
c.__dict__['plain'] = 'instance'
c.__dict__['d'] = 'instance d'
c.__dict__['dd'] = 'instance dd'
c.__dict__['own'] = 5
for name in ['plain', 'd', 'dd', 'own', 'inherited', 'p', 'method']:
    v = inspect.getattr_static(c, name)
    print(name, type(v).__name__, v if isinstance(v, (int, str)) else '')
print(inspect.getattr_static(C, 'plain'), type(inspect.getattr_static(C, 'd')).__name__,
      inspect.getattr_static(C, 'meta_attr'), inspect.getattr_static(c, 'nope', 'dflt'))
for target, name in [(c, 'nope'), (C, 'nope'), (c, 'meta_attr')]:
    try:
        inspect.getattr_static(target, name)
    except AttributeError as e:
        print(type(e).__name__, e)


class Slots:
    __slots__ = ('a',)


s = Slots()
s.a = 3
print(type(inspect.getattr_static(s, 'a')).__name__, inspect.getattr_static(1, 'real').__class__.__name__)


def f(a, b=2, *args, c, d=4, **kw):
    pass


print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, e=6))


class K:
    def m(self, x, y=1):
        pass


print(sorted(inspect.getcallargs(K().m, 5).items(), key=lambda kv: kv[0])[1:])
try:
    inspect.getcallargs(f, 1)
except TypeError as e:
    print(type(e).__name__)

GLOBAL = 10


def outer():
    z = 7

    def inner(q):
        return z + GLOBAL + len(q) + missing_name + q.attr
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.pyc'), inspect.getmodulename('README'),
      inspect.getmodulename('ext.cpython-311-x86_64-linux-gnu.so'))


def g(a, b, c=3, *, k):
    pass


for args, kw in [((1,), {'k': 1}), ((), {'k': 1}), ((1, 2, 3, 4), {'k': 1}), ((1, 2), {}), ((1, 2), {'k': 1, 'z': 2}),
                 ((1, 2), {'a': 1, 'k': 1}), ((1, 2, 3), {'k': 0})]:
    try:
        print(inspect.getcallargs(g, *args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
