# importlib.import_module / reload / util.find_spec, spec_from_file_location (importlib was missing).
import importlib, importlib.util, sys, os
m = importlib.import_module("math")
print(m.sqrt(16))
c = importlib.import_module("mod_counter")
print(c.loads, "mod_counter" in sys.modules)
c.loads = 99
importlib.reload(c)
print(c.loads)
u = importlib.import_module(".util", "mod_basic")
print(u.double(4), u.__name__, importlib.import_module("mod_basic.util") is u)
for bad in [lambda: importlib.import_module("no_such_mod_zz"), lambda: importlib.import_module(".x"),
            lambda: importlib.reload(5), lambda: importlib.import_module("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.util.find_spec("no_such_mod_zz"), importlib.util.find_spec("json") is not None)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mod_basic", "util.py")
spec = importlib.util.spec_from_file_location("custom_name", path)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.triple(3), mod.NAME, mod.__name__, "custom_name" in sys.modules)
print(importlib.util.resolve_name(".a", "pkg.b"))
