# __slots__: instances without __dict__, member descriptors, errors, private-name mangling.
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Sl()
print(s.a)
for action in (lambda: s.b, lambda: setattr(s, 'c', 3), lambda: s.__dict__):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
s.b = 2
print(s.a, s.b)
del s.a
try:
    print(s.a)
except AttributeError as e:
    print(e)
try:
    del s.a
except AttributeError as e:
    print(repr(e))
print(type(Sl.a).__name__, Sl.a, Sl.a.__name__)
try:
    Sl.a.__get__(1)
except TypeError as e:
    print(e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__['other'])
class Child(Sl):
    pass
c = Child()
c.a = 5
c.extra = 6
print(c.a, c.extra, c.__dict__.get('extra'))
class Priv:
    __slots__ = ('__x',)
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x
print(Priv().get(), sorted(k for k in Priv.__dict__ if 'x' in k))
def t(name, ns, bases=()):
    try:
        type(name, bases, ns)
        print('ok', name)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t('Z1', {'__slots__': ('a',), 'a': 1})
t('Z2', {'__slots__': ('1a',)})
t('Z3', {'__slots__': (1,)})
t('Z4', {'__slots__': ('__dict__', '__dict__')})
t('Z5', {'__slots__': ('__dict__',)}, (WithDict,))
t('Z6', {'__slots__': 'single'})
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
t('Z7', {}, (S1, S2))
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print(e)
