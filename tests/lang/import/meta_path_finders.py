# Finders and loaders a program puts in sys.meta_path (PEP 451 and the legacy PEP 302
# protocol), importlib.util.find_spec / spec_from_loader, and the default finders.
import sys, importlib.util, importlib.machinery
print([getattr(f, '__name__', f) for f in sys.meta_path])

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        print('exec', module.__name__, module.__spec__.name, module.__loader__ is self, module.__package__)
        module.value = len(module.__name__)

class Finder:
    def find_spec(self, name, path, target=None):
        print('find', name, path if path is None else type(path).__name__)
        if name.startswith('virt'):
            return importlib.util.spec_from_loader(name, Loader(), is_package=name == 'virt')
        return None

sys.meta_path.append(Finder())
import virt
import virt.sub as vs
print(virt.value, vs.value, virt.sub is vs, virt.__path__, 'virt.sub' in sys.modules)
from virt import other
print(other.value)
try:
    import nothing_here
except ModuleNotFoundError as e:
    print('MNF', e, e.name)
import json  # found by the default finders: the hook is not asked
sys.meta_path.insert(0, Finder())
import virt2
print(virt2.value)


class Intercept:
    # first in sys.meta_path: it replaces a standard module
    def find_spec(self, name, path, target=None):
        if name == 'heapq':
            return importlib.util.spec_from_loader(name, Loader())
        return None


sys.meta_path.insert(0, Intercept())
import heapq
print(heapq.value, hasattr(heapq, 'heappush'))
del sys.meta_path[0]
del sys.meta_path[0]
print(importlib.util.find_spec('virt3').name, 'virt3' in sys.modules)
print(importlib.util.find_spec('virt.sub').name, importlib.util.find_spec('not_anywhere'))
print(importlib.util.find_spec('math'), importlib.util.find_spec('math').origin)
try:
    importlib.util.find_spec('math.x')
except ModuleNotFoundError as e:
    print(e)

class Legacy:
    def find_module(self, name, path=None):
        return self if name == 'legacy_mod' else None
    def load_module(self, name):
        m = type(sys)(name)
        m.x = 1
        sys.modules[name] = m
        return m

import warnings
sys.meta_path.append(Legacy())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import legacy_mod
    print(legacy_mod.x, [str(x.message) for x in w], [x.category.__name__ for x in w])

class Bad:
    def find_spec(self, name, path, target=None):
        if name == 'boom':
            raise ValueError('finder failed')
sys.meta_path.append(Bad())
try:
    import boom
except ValueError as e:
    print('ValueError', e)

class FailLoader(Loader):
    def exec_module(self, module):
        raise RuntimeError('exec failed')
class F2:
    def find_spec(self, name, path, target=None):
        return importlib.util.spec_from_loader(name, FailLoader()) if name == 'failing' else None
sys.meta_path.append(F2())
try:
    import failing
except RuntimeError as e:
    print('RuntimeError', e, 'failing' in sys.modules)
saved = sys.meta_path[:]
sys.meta_path.clear()
try:
    import decimal
except ImportError as e:
    print(type(e).__name__, e)
sys.meta_path[:] = saved
import decimal
print(decimal.Decimal(1))
