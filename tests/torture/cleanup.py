# Exceptions raised inside cleanup paths (with __exit__, finally, except blocks, context
# handling during unpacking, repr guards, iteration protocols) must leave the interpreter
# consistent: later operations on the same objects behave normally.

def report(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e, "| context:", type(e.__context__).__name__)

class CM:
    def __init__(self, raise_in_exit):
        self.r = raise_in_exit
    def __enter__(self):
        return self
    def __exit__(self, *a):
        if self.r:
            raise KeyError("exit")
        return False

def w1():
    with CM(True):
        raise ValueError("body")
report("exit raises over body", w1)
def w2():
    with CM(True):
        return 1
report("exit raises after return", w2)
def w3():
    for i in range(3):
        with CM(True):
            continue
report("exit raises on continue", w3)
def f1():
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
report("finally replaces", f1)
def f2():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        return type(e.__context__).__name__
report("except chains", f2)
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
report("continue in finally", f3)

# an exception from one element's repr must not leave the container marked as "being
# printed": the next repr prints normally
class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")
l = [1, BadRepr()]
l.append(l)
report("repr raises", lambda: repr(l))
l[1] = 2
report("repr again", lambda: repr(l))
d = {"a": BadRepr()}
d["d"] = d
report("dict repr raises", lambda: repr(d))
d["a"] = 1
report("dict repr again", lambda: repr(d))

# exception inside __eq__ during dict/set/list operations leaves them usable
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ArithmeticError("eq")
s = {BadEq()}
report("set add colliding", lambda: s.add(BadEq()))
report("set len", lambda: len(s))
dd = {BadEq(): 1}
report("dict get colliding", lambda: dd[BadEq()])
report("dict still", lambda: len(dd))
ll = [BadEq()]
report("list remove", lambda: ll.remove(1))
report("list still", lambda: len(ll))

# exception from __hash__ during dict build
class BadHash:
    def __hash__(self):
        raise OSError("hash")
report("dict literal", lambda: {1: 1, BadHash(): 2})
report("set literal", lambda: {1, BadHash()})
report("dict.fromkeys", lambda: dict.fromkeys([1, BadHash()]))
report("dict update", lambda: {}.update([(1, 1), (BadHash(), 2)]))

# unpacking errors halfway
def items():
    yield 1
    yield 2
    raise LookupError("gen")
report("unpack raises", lambda: (lambda a, b, c: 0)(*items()))
def unp():
    a, b, c = items()
report("assign unpack raises", unp)
def unp2():
    a, *b = items()
report("star unpack raises", unp2)
report("too many", lambda: [(a, b) for a, b in [(1, 2, 3)]])

# generator-based context managers that misbehave are not available without contextlib;
# a class CM whose __enter__ raises:
class BadEnter:
    def __enter__(self):
        raise IndexError("enter")
    def __exit__(self, *a):
        print("exit must not run")
def we():
    with BadEnter():
        pass
report("enter raises", we)
class NoExit:
    def __enter__(self):
        return 1
def wn():
    with NoExit():
        pass
report("no __exit__", wn)

# exception in a key function mid-sort keeps every element
vals = [5, 3, 9, 1, 7]
def k(x):
    if x == 9:
        raise ZeroDivisionError("k")
    return x
report("sort key raises", lambda: vals.sort(key=k))
print(sorted(vals))

# exception during list comprehension / generator expression cleanup
def comp():
    return [1 // x for x in (1, 0)]
report("comprehension", comp)
report("after", lambda: [x for x in (1, 2)])

# raising inside except* is not supported on purpose here; nested handlers:
def nested():
    try:
        try:
            1 / 0
        finally:
            [][0]
    except IndexError as e:
        return type(e.__context__).__name__
report("nested finally", nested)
