# list[int] (types.GenericAlias) and int | None (types.UnionType) as annotations use them.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int] | None, int | str, int | None | str)
print((int|str).__args__, list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int].__name__)
print(list[int] == list[int], list[int] == list[str], (int|str) == (str|int), int | int, (int | str) | int)
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int]([1,2]), type(list[int]), type(int | str), repr(list['x']))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: int | 1
except TypeError as e: print(e)
print(hash(int|str) == hash(str|int), {list[int]: 1}[list[int]])
def f(tags: list[str] | None = None, d: dict[str, int] = {}) -> tuple[int, str]:
    return tags
print(f(), f.__annotations__)
class U: pass
print(U | None, None | U, list[U])
