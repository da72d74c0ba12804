# ModuleNotFoundError and ImportError from failed imports.
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_basic.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_basic import nope
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nope' from 'mod_basic'"))
try:
    import mod_basic.VALUE
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from mod_nothing_here import x
except ImportError as e:
    print(type(e).__name__, e)
import mod_basic
print(mod_basic.VALUE)
