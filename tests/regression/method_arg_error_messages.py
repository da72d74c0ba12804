# safepy said "pop() takes no keyword arguments" / "bit_length expected 0 arguments, got 1" instead of CPython's "list.pop() takes no keyword arguments" / "int.bit_length() takes no arguments (1 given)"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1, 2, 3].pop(index=0))
t(lambda: {}.get(key="a"))
t(lambda: {}.pop("a", default=1))
t(lambda: {"a": 1}.setdefault("b", default=2))
t(lambda: dict.fromkeys(iterable="ab", value=0))
t(lambda: (1).bit_length(1))
t(lambda: (1.5).is_integer(1))
t(lambda: dict(a=1).__getitem__())
