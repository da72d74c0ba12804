# property subclasses: the getter's __doc__ (None too) becomes an instance attribute, set
# like any attribute (a __slots__ subclass without __dict__ raises AttributeError); an
# explicit doc is not stored there in 3.11.2 (the class __doc__ shows).
class PSS(property):
    """cls doc"""
    __slots__ = ()
class PS(property):
    """cls doc2"""
def g(self):
    "getter doc"
def t(f):
    try: r = f(); print(repr(r.__doc__), r.__dict__ if hasattr(r, '__dict__') else '-')
    except Exception as e: print(type(e).__name__, e)
t(lambda: PSS(None, None, None, 'given'))
t(lambda: PSS(g))
t(lambda: PSS(g, None, None, 'given'))
t(lambda: PSS(None))
t(lambda: PS(None, None, None, 'given'))
t(lambda: PS(g))
t(lambda: PS(g, None, None, 'given'))
t(lambda: PS(None))
t(lambda: PS(lambda s: 1))
t(lambda: property(g))
t(lambda: property(g, doc='x'))
t(lambda: property(g).getter(g))
t(lambda: PS(g).setter(g))
class PropertySubSlots(property):
    """This is a subclass of property"""
    __slots__ = ()
try:
    class Foo(object):
        @PropertySubSlots
        def spam(self):
            """Trying to copy this docstring will raise an exception"""
            return 1
    print('no error', Foo.spam.__doc__)
except AttributeError as e:
    print('AttributeError', e)
class PS(property):
    pass
class G:
    @PS
    def x(self):
        "doc x"
        return 2
print(G.x.__doc__, G().x, PS.__doc__)
p = PropertySubSlots(None, None, None, 'given')
print(p.__doc__)
