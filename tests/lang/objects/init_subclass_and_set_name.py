# __init_subclass__ (with class keywords) and __set_name__, including error wrapping.
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class X(Base, tag='x'):
    pass
class Y(X):
    pass
print(X.tag, Y.tag, Base.subclasses)
try:
    class Z(Base, unknown=1):
        pass
except TypeError as e:
    print(e)
try:
    class W(unknown=1):
        pass
except TypeError as e:
    print(e)
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name, Holder.second.owner)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class Bad:
        x = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Late:
    pass
Late.attr = Named()
print(hasattr(Late.attr, 'name'))
class ISC:
    def __init_subclass__(cls):
        print("ISC sees", cls.__name__, cls.__mro__[1].__name__)
class K(ISC):
    pass
print(type(ISC.__dict__['__init_subclass__']).__name__)
