# __slots__ values stored in the instance __dict__ leaked into vars() and were lost when __dict__ was reassigned or deleted

class Base:
    __slots__ = ("a",)
class Child(Base):
    pass
c = Child(); c.a = 1; c.b = 2
print(vars(c), c.a, c.__getstate__())
c.__dict__ = {'z': 3}
print(vars(c), c.a)
del c.__dict__
print(vars(c), c.a)

del c.a
try: c.a
except AttributeError as e: print(e)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 5
print(s.__getstate__() if hasattr(s, '__getstate__') else None)
