# json/enum/dataclasses/typing together with collections, copy, functools and abc.
import typing, collections, collections.abc, copy, functools, abc, enum, dataclasses, json
from typing import Iterable, Mapping, Protocol, runtime_checkable
print(isinstance([], Iterable), isinstance({}, Mapping), issubclass(collections.OrderedDict, typing.MutableMapping), typing.get_origin(Iterable[int]))
print(typing.OrderedDict[str, int], typing.get_origin(typing.DefaultDict[str, int]), typing.Deque[int]())
print(typing.Counter[str]("aab"), typing.get_origin(typing.Callable[[int], str]))
Point = collections.namedtuple("Point", "x y")
@dataclasses.dataclass
class C:
    p: Point
    l: list
    d: collections.OrderedDict
c = C(Point(1, 2), [Point(3, 4)], collections.OrderedDict(a=Point(5, 6)))
print(dataclasses.asdict(c), dataclasses.astuple(c))
class Color(enum.Enum):
    R = 1
print(copy.deepcopy(Color.R) is Color.R, copy.copy(Color.R) is Color.R, copy.deepcopy({"c": Color.R}))
@functools.total_ordering
@dataclasses.dataclass(frozen=True)
class V:
    n: int
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)]))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
@dataclasses.dataclass
class Sq(Shape):
    s: int
    def area(self): return self.s ** 2
print(Sq(3).area())
try:
    Shape()
except TypeError as e:
    print(e)
@runtime_checkable
class HasArea(Protocol):
    def area(self): ...
print(isinstance(Sq(1), HasArea), isinstance(1, HasArea))
class P(HasArea, abc.ABC): pass
print(type(P).__name__, issubclass(type(HasArea), abc.ABCMeta))
print(json.dumps(collections.OrderedDict(b=1, a=2)), json.dumps(collections.Counter("aab")), json.dumps(Point(1, 2)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
dd = collections.defaultdict(list); dd["k"].append(1)
print(json.dumps(dd), json.dumps(collections.deque([1, 2]), default=list))
T = typing.TypeVar("T")
class MyMap(collections.abc.Mapping, typing.Generic[T]):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter([])
print(MyMap[int], isinstance(MyMap(), Mapping))
print(typing.NamedTuple("NT", [("a", int)])(1), isinstance(Point(1, 2), tuple))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.partial(int, base=2)("101"))
