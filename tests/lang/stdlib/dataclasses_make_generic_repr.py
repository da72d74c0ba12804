# make_dataclass builds the class as types.new_class does: bases such as Parent[int] or
# Generic[T] are resolved (__mro_entries__; it raised "metaclass conflict"). A Field whose
# repr reaches itself (type=the field) shows '...' instead of recursing.
from dataclasses import dataclass, field, fields, make_dataclass
from typing import Generic, Optional, TypeVar

T = TypeVar('T')


@dataclass
class Parent(Generic[T]):
    x: T


Child = make_dataclass('Child', [('y', T), ('z', Optional[T], None)],
                       bases=(Parent[int], Generic[T]), namespace={'other': 42})
print(Child[int](1, 2), Child[int](1, 2, 3).z, Child(1, 2).other)
print([c.__name__ for c in Child.__mro__], Child.__module__, Child.__parameters__)
print(Child[T][int](1, 2).x, [f.name for f in fields(Child)])
P = make_dataclass('P', ['a', ('b', int, field(default=3))], namespace={'__module__': 'm'})
print(P(1), P.__module__)

rec = field()
rec.type = rec
rec.name = 'id'
print(',type=...,' in repr(rec))


class C:
    pass


@dataclass
class D:
    C: C = field()


print(',type=...,' in repr(D.__dataclass_fields__['C']))
