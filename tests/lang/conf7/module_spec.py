# not in the image: imports modules and packages from disk
import sys, os, importlib, importlib.util
import c7spec_mod, c7spec_pkg, c7spec_pkg.sub
import math, os.path
m = c7spec_mod
s = m.__spec__
print(type(s).__name__, type(s).__module__, s.name, os.path.basename(s.origin), s.parent == '', s.submodule_search_locations)
print(s.has_location, s.cached is None or s.cached.endswith('.pyc'), s.loader is m.__loader__, type(s.loader).__name__)
print(s.loader.get_filename() == m.__file__, 'X = 1' in s.loader.get_source('c7spec_mod'), s.loader.is_package('c7spec_mod'))
p = c7spec_pkg.__spec__
print(p.name, p.parent, [os.path.basename(x) for x in p.submodule_search_locations], p.loader.is_package('c7spec_pkg'))
print(c7spec_pkg.SPEC_AT_RUN, c7spec_pkg.sub.Y, c7spec_pkg.sub.__spec__.parent, c7spec_pkg.sub.__spec__.name)
print(math.__spec__.origin, math.__spec__.loader.__name__, math.__loader__.__name__, repr(math.__spec__))
print(sys.modules['__main__'].__spec__, __spec__)
print(os.__spec__.name, os.path.__spec__.name in ('posixpath', 'os.path'))
import c7ns.inner.m
ns = sys.modules['c7ns']
print(ns.__spec__.origin, ns.__spec__.name, ns.__file__ if hasattr(ns, '__file__') else 'nofile', c7ns.inner.m.Z)
print(importlib.util.find_spec('c7spec_mod').name, importlib.util.find_spec('c7spec_mod') is s, importlib.util.find_spec('nonexistent_zzz'))
spec = importlib.util.find_spec('c7spec_pkg.sub')
print(spec.name, spec.parent)
print(s == s, s != p, hash(math) is not None)
try:
    hash(s)
except TypeError as e:
    print(e)
spec2 = importlib.util.spec_from_file_location('c7x', os.path.join(os.path.dirname(os.path.abspath(m.__file__)), 'c7spec_mod.py'))
mod2 = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(mod2)
print(mod2.X, mod2.__spec__ is spec2, mod2.__name__, type(spec2).__name__, spec2.origin.endswith('c7spec_mod.py'))
import importlib.machinery as mach
print(mach.ModuleSpec is type(s), mach.BuiltinImporter is math.__loader__)
print(repr(mach.ModuleSpec('q', None)), mach.ModuleSpec('q.r', None, is_package=True).parent, mach.ModuleSpec('q.r', None).parent)
print(repr(mach.ModuleSpec('q', None, origin='here')))
import builtins
print(sys.__spec__, builtins.__spec__.name, sys.__loader__.__name__)
print(type(mach.SourceFileLoader('a', 'b')).__module__, mach.SourceFileLoader('a', '/x/__init__.py').is_package('a'))
