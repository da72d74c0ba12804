# dict.pop on an empty dict does not hash the key (as CPython's): it is a KeyError, or
# the default; a dict with items hashes it first (TypeError), and so do the other
# lookups, even on an empty dict.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Loud:
    def __hash__(self):
        print("  hashed")
        return 1


attempt("empty pop", lambda: {}.pop([]))
attempt("empty pop default", lambda: {}.pop([], "dflt"))
attempt("empty pop loud", lambda: {}.pop(Loud(), 0))
attempt("full pop", lambda: {1: 2}.pop([]))
attempt("full pop default", lambda: {1: 2}.pop([], "dflt"))
attempt("full pop loud", lambda: {1: 2}.pop(Loud(), 0))
attempt("empty get", lambda: {}.get([]))
attempt("empty setdefault", lambda: {}.setdefault([]))
attempt("empty contains", lambda: [] in {})
attempt("empty getitem", lambda: {}[[]])
attempt("empty delitem", lambda: {}.__delitem__([]))

d = {"a": 1}
print(d.pop("a"), d, d.pop("a", None), d.pop([], "x"))
attempt("emptied pop", lambda: d.pop({}))


class Sub(dict):
    pass


attempt("subclass empty pop", lambda: Sub().pop([], 3))
attempt("subclass full pop", lambda: Sub(k=1).pop([], 3))
