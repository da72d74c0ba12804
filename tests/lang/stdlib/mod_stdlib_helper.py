# Helper module for typing_modules.py: objects whose __module__ must be this module.
import typing, enum, dataclasses
UserId = typing.NewType("UserId", int)
T = typing.TypeVar("T")
NT = typing.NamedTuple("NT", [("a", int)])
TD = typing.TypedDict("TD", {"a": int})
Color = enum.Enum("Color", "RED GREEN")
DC = dataclasses.make_dataclass("DC", ["x"])
class Plain(typing.NamedTuple):
    b: int
