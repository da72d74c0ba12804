# A directory without __init__.py imports as a namespace package (PEP 420).
import mod_ns.leaf
print(mod_ns.leaf.NAME, mod_ns.__name__, mod_ns.__package__)
print(mod_ns.__file__, type(mod_ns.__path__).__name__ in ("list", "_NamespacePath"))
print(repr(mod_ns).startswith("<module 'mod_ns' ("))
from mod_ns.sub import deep
print(deep.VALUE, deep.LEAF, deep.__package__)
import mod_ns.sub
print(mod_ns.sub.deep is deep, mod_ns.sub.__file__)
try:
    import mod_ns.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_ns import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
