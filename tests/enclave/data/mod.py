"""Functions called through safepy-host call."""


def add(a, b):
    return a + b


def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return {"n": n, "sum": sum(xs), "mean": mean, "var": var, "min": min(xs), "max": max(xs)}


def echo(*args):
    return tuple((type(a).__name__, a) for a in args)


def square(n):
    return n * n


def all_types():
    return [None, True, False, -(2 ** 70), 0.1, "\u00e9\U0001f600", b"\x00\xff", [1, (2,)], {"k": {}}]


def bad():
    raise KeyError("nope")


def unsendable():
    return {1, 2}


def chatty(n):
    for i in range(n):
        print("line", i)
    return n


def surrogate():
    return ["fine", "\ud800"]
