# The __dict__ of builtin types that have one (functions, functools.partial, exceptions,
# AST nodes, static/classmethod; their Python subclasses too) can be replaced but not
# deleted (CPython's PyObject_GenericSetDict); a plain class's instance may drop it.
import functools, types
def f(): pass
class A: pass
class P(functools.partial): pass
objs = {"function": f, "partial": functools.partial(f), "partial_sub": P(f), "instance": A(),
        "class": A}
for name, o in objs.items():
    try:
        del o.__dict__
        print(name, "deleted", getattr(o, "__dict__", "<none>"))
    except Exception as e:
        print(name, type(e).__name__, e)
    try:
        o.__dict__ = 5
    except Exception as e:
        print(name, "set5", type(e).__name__, e)
    try:
        o.__dict__ = {"z": 1}
        print(name, "set", o.z)
    except Exception as e:
        print(name, "setd", type(e).__name__, e)
import ast
class E(Exception):
    pass
for name, o in {"exception": ValueError("x"), "exc_sub": E("y"), "ast": ast.Name("n"),
                "staticmethod": staticmethod(f), "classmethod": classmethod(f)}.items():
    try:
        del o.__dict__
        print(name, "deleted")
    except Exception as e:
        print(name, type(e).__name__, e)
    o.__dict__ = {"q": 2}
    print(name, o.q)
