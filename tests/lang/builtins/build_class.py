# __build_class__: metaclass selection, __prepare__, class keywords, __mro_entries__, __class__.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], sorted(kw))
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), sorted(kw))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    def method(self):
        return 'm'
print(type(A).__name__, A.injected, A().method())
class B(A):
    pass
print(type(B).__name__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError', e)
class P:
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class Q(metaclass=P): pass
except TypeError as e:
    print('TypeError', e)
def factory(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
class F(1, 2, metaclass=factory, opt='v'):
    a = 1
print(F)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entry()):
    pass
print(D.__bases__, type(D.__orig_bases__[0]).__name__)
class Bad:
    def __mro_entries__(self, bases):
        return 5
try:
    class E(Bad()): pass
except TypeError as e:
    print('TypeError', e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Base2(Base):
    def who2(self):
        return 'base2'
class Sub(Base2, tag='t1'):
    def who(self):
        return __class__.__name__, super().who2()
    def who2(self):
        return 'own'
print(Sub.tag, Sub().who())
try:
    __build_class__(1, 'x')
except TypeError as e:
    print('TypeError', e)
try:
    __build_class__(lambda: None, 5)
except TypeError as e:
    print('TypeError', e)
try:
    __build_class__()
except TypeError as e:
    print('TypeError', e)
