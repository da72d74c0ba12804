# A comparison method whose binding fails (a property raising AttributeError) makes the
# comparison NotImplemented, as CPython's slot does; errors of the call propagate.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
e = E()
print(E() == E(), e == e, e != e)
try: E() < E()
except TypeError as x: print('TypeError', x)
class F:
    @property
    def __eq__(self):
        return lambda other: 'via property'
print(F() == 1)
class G:
    __eq__ = staticmethod(lambda other: 'static')
print(G() == 2)
class H:
    def __eq__(self, other): raise ValueError('in call')
try: H() == 1
except ValueError as x: print('ValueError', x)
class K:
    __eq__ = classmethod(lambda cls, other: cls.__name__)
print(K() == 3)
