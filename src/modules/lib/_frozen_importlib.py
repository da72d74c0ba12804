"""_frozen_importlib: module specs and loaders (our own small version of CPython's).

The C import system (src/modules/import.c) calls _spec() for every module it creates
and stores the result as the module's __spec__ (and its loader as __loader__):
  - modules written in C: ModuleSpec(name, BuiltinImporter, origin='built-in')
  - modules frozen into the binary: ModuleSpec(name, FrozenImporter, origin='frozen')
  - source files: ModuleSpec(name, SourceFileLoader(name, path), origin=path)
  - namespace packages: ModuleSpec(name, NamespaceLoader(...), origin=None)
Packages get submodule_search_locations (their __path__). This module imports nothing.
"""


class ModuleSpec:
    """The import-system metadata of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and self.cached == other.cached and
                self.submodule_search_locations == other.submodule_search_locations and
                self.has_location == other.has_location)

    __hash__ = None

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class _ClassLoader:
    """What the two loaders used as classes (never instantiated) share."""

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class BuiltinImporter(_ClassLoader):
    """Loader of the modules written in C."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not __import__('_imp').is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter(_ClassLoader):
    """Loader of the modules frozen into the interpreter."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        imp = __import__('_imp')
        if not imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='frozen',
                          is_package=imp.is_frozen_package(fullname))

    @classmethod
    def get_code(cls, fullname):
        return __import__('_imp').get_frozen_object(fullname)

    @classmethod
    def is_package(cls, fullname):
        __import__(fullname)  # the named module itself, not its top-level package
        spec = getattr(__import__('sys').modules.get(fullname), '__spec__', None)
        return spec is not None and spec.submodule_search_locations is not None


class SourceFileLoader:
    """Loader of a module from a .py file."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        with open(self.path) as f:
            return f.read()

    def get_code(self, fullname=None):
        # compiled from the bytes, so that a coding declaration is honoured
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        base = self.path.rpartition('/')[2]
        return base.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)


class NamespaceLoader:
    """Loader of a namespace package (PEP 420): it runs no code."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def _spec(name, kind, path, pkgpath):
    """The spec import.c stores in a new module: [kind] is 'builtin', 'frozen', 'source'
    or 'namespace'; [path] the file of a source module; [pkgpath] __path__ of a package
    (None for a plain module)."""
    if kind == 'builtin':
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    elif kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    elif kind == 'namespace':
        spec = ModuleSpec(name, NamespaceLoader(name, pkgpath), origin=None)
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, path), origin=path)
        spec.has_location = True
    if pkgpath is not None:
        spec.submodule_search_locations = pkgpath
    return spec



class PathFinder:
    """Finder of source modules and packages in the directories of sys.path (or of a
    package's __path__). The import statement does this search in C (import.c); this class
    stands for it in sys.meta_path and answers find_spec for importlib.util.find_spec."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return __import__('_import_hooks').path_spec(fullname, path)


_default_finders = (BuiltinImporter, FrozenImporter, PathFinder)


def _meta_load(finder, name, path):
    """Import [name] with [finder], a finder a program put in sys.meta_path (import.c
    calls this; the code is in _import_hooks, loaded only then)."""
    return __import__('_import_hooks').meta_load(finder, name, path)
