import mod_stdlib_helper as h
import typing, enum, dataclasses
print(h.UserId, h.T.__module__, h.NT.__module__, h.TD.__module__, h.Color.__module__, h.DC.__module__, h.Plain.__module__)
U2 = typing.NewType("U2", str)
Local = enum.Enum("Local", "A")
print(U2, Local.__module__, typing.TypeVar("S").__module__, typing.NamedTuple("N2", [("x", int)]).__module__)
print(repr(h.DC(1)), h.NT(1), h.Plain(2), h.Color.RED)
