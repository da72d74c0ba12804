# enum.property: through a member it is a property, through the class it is the member of
# that name. A member may share its name with an enum.property of a base (the member
# still reads the property) and members may be called 'name' or 'value'. It was the
# builtin property: the member hid the property, and Enum.name was a property object.
import enum


class Base(enum.Enum):
    @enum.property
    def first(self):
        return '%s is first!' % self.name


class Main(Base):
    first = 1
    second = 2


print([m.first for m in Main], Main.first, Main['first'])


class Silly(enum.Enum):
    name = 1
    value = 2


print(list(Silly), Silly.name, Silly.value, Silly.name.name, Silly.name.value,
      Silly.value.name, Silly.value.value)
for get in (lambda: enum.Enum.name, lambda: Main.value, lambda: Main.nope):
    try:
        print(get())
    except AttributeError as e:
        print('AttributeError', e)
try:
    Main.first.name = 'x'
except AttributeError as e:
    print(e)
try:
    del Main.second.value
except AttributeError as e:
    print(e)
print(isinstance(enum.Enum.__dict__['name'], enum.property), type(Main.__members__).__name__)


class WithValue(enum.Enum):
    A = 1

    @enum.property
    def doubled(self):
        return self.value * 2


print(WithValue.A.doubled, 'doubled' in dir(WithValue.A), 'name' in dir(WithValue.A))
try:
    WithValue.doubled
except AttributeError as e:
    print(e)
