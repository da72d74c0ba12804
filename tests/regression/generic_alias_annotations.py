# safepy raised "TypeError: type 'list' is not subscriptable" instead of accepting list[int] in an annotation (CPython evaluates it to a GenericAlias)
def total(xs: list[int], weights: dict[str, float] = None) -> tuple[int, ...]:
    return (sum(xs),)
print(total([1, 2, 3]))
print(list[int], dict[str, int], tuple[int, ...], set[str], type[int])
print(total.__annotations__["xs"], total.__annotations__["return"])
