# not in the image: files
tests = [
    lambda: [1, 2].index(3), lambda: [1].remove(2), lambda: [].pop(), lambda: [1].pop(5), lambda: [1].insert("a", 1),
    lambda: {}.pop("k"), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: dict([(1, 2, 3)]),
    lambda: dict([1]), lambda: dict(a=1).update(1), lambda: {}.setdefault(), lambda: {}.get(), lambda: {}.fromkeys(),
    lambda: list(1), lambda: tuple(None), lambda: len(5), lambda: len(iter([])), lambda: abs("x"), lambda: -"x",
    lambda: ~1.5, lambda: 1 @ 2, lambda: [] * [], lambda: [1] * -1, lambda: "a" * "b", lambda: range(1.5),
    lambda: range(0, 5, 0), lambda: range(5)[10], lambda: range(3).index(7), lambda: (1, 2).index(5),
    lambda: int([]), lambda: float([]), lambda: complex([]), lambda: str(1, 2), lambda: bool(1, 2),
    lambda: divmod(1, "a"), lambda: pow(1, 2, 3.0), lambda: pow(2.0, 2, 3), lambda: round("x"), lambda: round(1.5, "a"),
    lambda: sum(1), lambda: sorted(1), lambda: reversed(5), lambda: reversed({}), lambda: enumerate(1), lambda: zip(1),
    lambda: map(1, [1]).__next__(), lambda: filter(None, 5), lambda: iter(1, 2), lambda: next(iter([]), ), lambda: getattr(1),
    lambda: setattr(1, "x", 1), lambda: delattr(1, "real"), lambda: object().x, lambda: type(1, 2), lambda: type("T", (1,), {}),
    lambda: isinstance(1, [int]), lambda: issubclass(1, int), lambda: super(int, "x"), lambda: vars(1), lambda: hash({}),
    lambda: chr("a"), lambda: ord(1), lambda: bin("1"), lambda: format(1, 2), lambda: print(end=5), lambda: open(),
    lambda: open("/nonexistent/x"), lambda: open(__file__, "zz"), lambda: exec(5), lambda: eval(""), lambda: compile("x", "f", "bad"),
    lambda: __import__("nonexistent_mod_xyz"), lambda: __import__(""), lambda: __import__("os.nonexist"), lambda: int("0x10", 10),
    lambda: (1).__add__("a"), lambda: [].__getitem__(), lambda: "abc".__getitem__(slice(1, "a")), lambda: memoryview("s"),
    lambda: bytearray("s"), lambda: frozenset(1), lambda: slice(), lambda: property(1, 2, 3, 4, 5), lambda: staticmethod(),
    lambda: classmethod(1, 2), lambda: object(1), lambda: object.__init__(object(), 1), lambda: NotImplemented(),
    lambda: Ellipsis(), lambda: None(), lambda: (lambda x: x)(), lambda: (lambda: 1)(2), lambda: (lambda *, k: k)(1),
    lambda: [x for x in 5], lambda: {**[]}, lambda: [*5], lambda: max(1, 2, key=5), lambda: min([], key=len),
    lambda: list.append([], 1, 2), lambda: list.append(1, 2), lambda: str.join(1, []), lambda: int.to_bytes(1, -1, "big"),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "OK", type(r).__name__ if "object at" in repr(r) else repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, e)
