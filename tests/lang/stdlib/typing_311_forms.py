# typing 3.11 forms; Unpack[Ts] printed as typing.Unpack[Ts] instead of *Ts.
import typing as t
T = t.TypeVar("T", int, str); U = t.TypeVar("U", covariant=True)
print(T, U, T.__constraints__, U.__covariant__, repr(t.TypeVar("V", bound="X")))
print(t.Union[int, t.Union[str, float]], t.Optional[t.Union[int, str]], t.Union[int, None, int], t.Literal[1, 1, 2])
print(t.Annotated[int, "a"].__metadata__, t.get_args(t.Annotated[int, "a", "b"]), t.get_origin(t.Annotated[int, "x"]))
UserId = t.NewType("UserId", int); print(UserId(5), UserId.__name__, UserId)
P = t.ParamSpec("P"); print(P, P.args, P.kwargs, t.Callable[P, int], t.Concatenate[int, P])
Ts = t.TypeVarTuple("Ts"); print(Ts, t.Unpack[Ts])
class TD(t.TypedDict, total=False):
    a: int
    b: t.Required[str]
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD.__total__)
print(t.Self, t.Never, t.LiteralString, t.NoReturn, t.TypeAlias, t.Any)
print(t.assert_type(5, int), t.reveal_type(3) if False else "")
try: t.assert_never(1)
except AssertionError as e: print("AssertionError", e)
class G(t.Generic[T]): pass
class H(G[int]): pass
print(H.__orig_bases__, G[str], G.__parameters__, H.__parameters__, t.get_origin(G[int]))
class Proto(t.Protocol):
    def m(self): ...
try: isinstance(1, Proto)
except TypeError as e: print(e)
def f(x: "int", y: t.Annotated[str, "m"]) -> None: pass
print(t.get_type_hints(f), t.get_type_hints(f, include_extras=True))
print(t.List[int] == list[int], t.Dict[str, t.List[int]], t.Tuple[()], t.Tuple[int, ...], t.Type[int], t.ClassVar[int])
print(t.Callable[[int, str], bool].__args__, t.Callable[..., int].__args__)
@t.final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, "__final__") else None)
print(t.cast(t.List[int], [1]), t.TYPE_CHECKING)
@t.runtime_checkable
class HasLen(t.Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen))
print(list[int] | None, int | str | None, (int | str).__args__, t.Optional[int] == (int | None))
