"""importlib.abc: the abstract base classes of finders and loaders (our own code).

A program's import hook subclasses these (MetaPathFinder, Loader, SourceLoader ...) and
puts its finder in sys.meta_path, which the import system consults (import.c and
_import_hooks). The resource classes come from importlib.resources.abc.
"""

import abc
import sys
import warnings

from importlib.resources.abc import ResourceReader, Traversable, TraversableResources
from _frozen_importlib import SourceFileLoader as _SourceFileLoader

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader',
           'ResourceReader', 'Traversable', 'TraversableResources']


class Loader(metaclass=abc.ABCMeta):
    """A loader: create_module() returns None (the import system makes the module),
    exec_module() runs it; load_module() is the legacy protocol."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = __import__('importlib.util').util.spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            __import__('_import_hooks')._init_module_attrs(spec, module)
            self.exec_module(module)
            return sys.modules[fullname]
        return __import__('_import_hooks')._load(spec)

    def module_repr(self, module):
        warnings.warn('importlib.abc.Loader.module_repr() is deprecated and slated for '
                      'removal in Python 3.12', DeprecationWarning)
        raise NotImplementedError


Loader.__module__ = 'importlib._abc'


class Finder(metaclass=abc.ABCMeta):
    """Legacy abstract finder (deprecated in 3.3)."""

    def __init__(self):
        warnings.warn("the Finder ABC is deprecated and slated for removal in Python 3.12; "
                      "use MetaPathFinder or PathEntryFinder instead", DeprecationWarning)

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path: find_spec(fullname, path, target=None)."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry (sys.path_hooks are not consulted by safepy)."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader whose modules' source and code can be asked for."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(ResourceLoader, ExecutionLoader):
    """A loader of the module in file [path]."""

    # the file loader of the import system's specs has the same construction and equality
    __init__ = _SourceFileLoader.__init__
    __eq__ = _SourceFileLoader.__eq__
    __hash__ = _SourceFileLoader.__hash__
    get_data = _SourceFileLoader.get_data

    def get_filename(self, name=None):
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return self.path



class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader built on get_data() and get_filename(); path_stats()/set_data() are
    optional (safepy writes no bytecode caches)."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        data = self.get_data(self.get_filename(fullname))
        return __import__('importlib.util').util.decode_source(data)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def is_package(self, fullname):
        base = self.get_filename(fullname).rpartition('/')[2]
        return base.rpartition('.')[0] == '__init__'
