# importlib: import_module with absolute and relative names, errors, reload of a module
# written to disk, invalidate_caches.
import importlib, sys, os
sys.dont_write_bytecode = True

m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
d = importlib.import_module('.decoder', 'json')
print(d.__name__, d is sys.modules['json.decoder'])
print(importlib.import_module('json.decoder') is d)
print(importlib.import_module('..decoder', 'json.scanner').__name__)
for name, pkg in [('..x', 'json'), ('.x', None), ('', None), ('no_such_module_xyz', None),
                  ('json.no_such_sub', None)]:
    try:
        importlib.import_module(name, pkg)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())

path = 'importlib_tmp_mod.py'
with open(path, 'w') as f:
    f.write('VALUE = 1\ndef f():\n    return "one"\n')
sys.path.insert(0, '.')
mod = importlib.import_module('importlib_tmp_mod')
print(mod.VALUE, mod.f())
with open(path, 'w') as f:
    f.write('VALUE = 2\ndef f():\n    return "two"\nEXTRA = True\n')
again = importlib.reload(mod)
print(again is mod, mod.VALUE, mod.f(), mod.EXTRA, sys.modules['importlib_tmp_mod'] is mod)
os.remove(path)
try:
    importlib.reload(5)
except TypeError as e:
    print(type(e).__name__, e)
