# singledispatch register() takes typing.Union/Optional as int | str, and evaluates string
# annotations (typing.get_type_hints), as CPython 3.11; only types.UnionType and
# non-string annotations worked. From test_functools' test_union*/test_annotations.
import collections.abc
import functools
import typing


@functools.singledispatch
def i(arg):
    return "base"


@i.register
def _(arg: collections.abc.Mapping):
    return "mapping"


@i.register
def _(arg: "collections.abc.Sequence"):
    return "sequence"


@i.register
def _(arg: typing.Union[int, float]):
    return "number"


@i.register
def _(arg: typing.Optional[bytes]):
    return "bytes or None"


@i.register(set | frozenset)
def _(arg):
    return "set"


for v in (object(), {"a": 1}, [1], (1,), 3, 2.5, b"x", None, {1}, frozenset()):
    print(type(v).__name__, i(v))
for bad in (typing.Union[int, typing.Iterable[str]], typing.List[int]):
    try:
        i.register(bad, lambda arg: 0)
    except TypeError as e:
        print(e)
try:
    @i.register
    def _(arg: typing.Union[int, typing.Iterable[str]]):
        return 0
except TypeError as e:
    print(e)


class A:
    @functools.singledispatchmethod
    @classmethod
    def m(cls, arg):
        return "base"

    @m.register
    @classmethod
    def _(cls, arg: int):
        return "int"


print(A.m(1), A.m("x"))
