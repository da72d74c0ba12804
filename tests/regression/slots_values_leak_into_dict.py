# safepy printed {'a': 1, 'b': 2} instead of {'b': 2} for vars() of a subclass instance whose base has __slots__ = ("a",) (slot values are stored in the instance __dict__)
class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
class Child(Base):
    def __init__(self):
        super().__init__()
        self.b = 2
c = Child()
print(c.__dict__, vars(c))
c.__dict__["a"] = 99
print(c.a)
class Both:
    __slots__ = ("x", "__dict__")
o = Both()
o.x = 1
o.y = 2
print(o.__dict__, o.x)
