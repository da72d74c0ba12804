# Resource management with hand-written context managers: nesting, suppression, exit ordering, reuse.

class Resource:
    open_count = 0

    def __init__(self, name, fail_on_enter=False, fail_on_exit=False):
        self.name = name
        self.fail_on_enter = fail_on_enter
        self.fail_on_exit = fail_on_exit
        self.is_open = False

    def __enter__(self):
        if self.fail_on_enter:
            raise ConnectionError(f"cannot open {self.name}")
        self.is_open = True
        Resource.open_count += 1
        print(f"  open {self.name} (now {Resource.open_count} open)")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.is_open = False
        Resource.open_count -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"  close {self.name} [{status}]")
        if self.fail_on_exit:
            raise OSError(f"error closing {self.name}")
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


class Timer:
    """Fake timer counting 'ticks' instead of reading a clock."""
    def __init__(self, label):
        self.label = label
        self.ticks = 0

    def tick(self, n=1):
        self.ticks += n

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        print(f"  [{self.label}] took {self.ticks} ticks, exc={exc_info[0].__name__ if exc_info[0] else None}")


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rollback ({exc})")
        else:
            print("  commit")
        return False


class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *a):
        self.level -= 1

    def write(self, text):
        self.lines.append("    " * self.level + text)


print("1. basic nesting")
with Resource("db") as db, Resource("cache") as cache:
    print(f"  using {db.name} and {cache.name}: {db.is_open and cache.is_open}")
print("  after:", db.is_open, cache.is_open, Resource.open_count)

print("2. exception propagates through both")
try:
    with Resource("a"), Resource("b"):
        raise ValueError("boom")
except ValueError as e:
    print("  caught:", e)

print("3. failure on enter of the second")
try:
    with Resource("first"), Resource("second", fail_on_enter=True):
        print("  never printed")
except ConnectionError as e:
    print("  caught:", e, "| open count", Resource.open_count)

print("4. failure in __exit__ replaces the body exception")
try:
    with Resource("flaky", fail_on_exit=True):
        raise KeyError("original")
except OSError as e:
    print("  caught:", type(e).__name__, e, "| context:", repr(e.__context__))

print("5. suppression")
with Suppress(ZeroDivisionError, KeyError) as s:
    {}["missing"]
print("  suppressed:", repr(s.caught))
with Suppress(ZeroDivisionError) as s:
    pass
print("  nothing caught:", s.caught)
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("  not suppressed:", e)

print("6. timer")
with Timer("loop") as t:
    for i in range(5):
        t.tick(i)
try:
    with Timer("failing") as t:
        t.tick(3)
        raise RuntimeError("stop")
except RuntimeError:
    pass

print("7. transaction")
store = {"balance": 100}
with Transaction(store) as s:
    s["balance"] -= 30
print("  store:", store)
try:
    with Transaction(store) as s:
        s["balance"] -= 500
        s["debt"] = True
        if s["balance"] < 0:
            raise ValueError("overdrawn")
except ValueError:
    pass
print("  store:", store)

print("8. reentrant indenter")
out = Indenter()
out.write("top")
with out:
    out.write("level 1")
    with out:
        out.write("level 2")
        with out:
            out.write("level 3")
    out.write("back to 1")
out.write("top again")
print("\n".join(out.lines))

print("9. with in a loop with break/continue/return")
def find_first(names, target):
    for n in names:
        with Resource(n) as r:
            if n == "skip":
                continue
            if n == target:
                return f"found {r.name}"
    return "not found"
print(" ", find_first(["x", "skip", "y", "z"], "y"))
print("  open count:", Resource.open_count)

print("10. exit sees the exception object")
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("  exit args:", t.__name__, v.args, tb is not None)
        return isinstance(v, LookupError)
with Inspect():
    raise IndexError("idx", 42)
print("  continued after suppressed IndexError")
