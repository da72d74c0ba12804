# __slots__ values of a class that also has a __dict__ follow the instance when __dict__
# is replaced or deleted: the old dict, still held by Python code, no longer carries them
class W:
    __slots__ = ('a', '__dict__')


w = W()
w.a = 1
w.k = 2
d = w.__dict__
del w.__dict__
print(w.a, vars(w))
w6 = W()
w6.__dict__ = d
try:
    print(w6.a)
except AttributeError as e:
    print(type(e).__name__, e)
w6.a = 6
print(w.a, w6.a, w6.k)
d2 = w.__dict__
w.__dict__ = {'z': 3}
print(w.a, vars(w))
w7 = W()
w7.__dict__ = d2
try:
    print(w7.a)
except AttributeError as e:
    print(type(e).__name__, e)
w7.a = 7
print(w.a, w7.a)
w.__dict__ = w.__dict__
print(w.a, vars(w))
copied = W()
copied.__dict__ = w.__dict__.copy()
copied.a = 8
print(w.a, copied.a, vars(copied))

# slot values stay out of vars() and survive __dict__ replacement and deletion
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
