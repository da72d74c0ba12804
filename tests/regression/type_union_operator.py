# safepy raised "TypeError: unsupported operand type(s) for |: 'type' and 'NoneType'" instead of building int | None (PEP 604 union used in annotations)
def find(key: str) -> int | None:
    return None
print(int | None, int | str | float)
print(find.__annotations__["return"])
print(isinstance(3, int | str), isinstance("x", int | None), issubclass(bool, int | str))
