# Cooperative __init__ with **kwargs across a diamond hierarchy.
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        print('Named', name)
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size, **kw):
        self.size = size
        print('Sized', size)
        super().__init__(**kw)
class Thing(Named, Sized):
    def __init__(self, **kw):
        print('Thing')
        super().__init__(**kw)
t = Thing(name='box', size=3, extra=1)
print(t.name, t.size)
print([c.__name__ for c in Thing.__mro__])
