# Attribute sites that see several classes while single instances change how they hold
# their attributes: __dict__ read or replaced, attributes added in another order or
# deleted, stores that add new attributes through a base-class method.


class Base:
    def __init__(self, n):
        self.first = n
        self.second = n * 2

    def total(self):
        return self.first + self.second

    def grow(self, k):
        self.extra = k
        self.first = self.first + k


class A(Base):
    pass


class B(Base):
    def __init__(self, n):
        self.zero = 0
        Base.__init__(self, n)


class C(Base):
    __slots__ = ()


class D(Base):
    def __init__(self, n):
        super().__init__(n)
        self.more = "m"


objs = [A(1), B(2), C(3), D(4), A(5), B(6)]


def totals():
    return [o.total() for o in objs]


for r in range(3):
    print(totals())

vars(objs[0])  # a real dict from now on
print(totals())
objs[1].__dict__ = {"second": 100, "first": 1}
print(totals())
del objs[2].second
objs[2].second = -3  # re-added: now after "first" again, but by deletion
print(totals())
objs[3].__dict__["first"] = 40
print(totals())

for r in range(3):
    for i, o in enumerate(objs):
        o.grow(i)
print(totals())
print([sorted(vars(o).items()) for o in objs])

# new instances after all that: the recorded layouts still serve them
fresh = [A(7), B(8), C(9), D(10)]
objs = fresh + objs
for r in range(2):
    for o in fresh:
        o.grow(1)
print(totals())


# an attribute that is sometimes an instance value and sometimes missing
class E(Base):
    def __init__(self):
        pass


objs.append(E())
for r in range(2):
    out = []
    for o in objs:
        try:
            out.append(o.total())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    print(out)
