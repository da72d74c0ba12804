"""importlib.machinery: the import system's spec and loader classes (our own code).

safepy's import system is in C (src/modules/import.c); these are the classes its module
specs use and the default finders it puts in sys.meta_path.
"""

from _frozen_importlib import (ModuleSpec, BuiltinImporter, FrozenImporter,
                               SourceFileLoader, NamespaceLoader, PathFinder)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class FileFinder:
    """Finder for the modules of one directory, given (loader, suffixes) pairs. safepy's
    import statement searches sys.path in C and does not use it (sys.path_hooks starts
    empty); pkgutil and programs that build finders themselves do."""

    def __init__(self, path, *loader_details):
        import os
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details
                         for suffix in suffixes]
        self.path = os.getcwd() if not path or path == '.' else os.path.abspath(path)

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import os
        from importlib.util import spec_from_file_location
        tail = fullname.rpartition('.')[2]
        base = os.path.join(self.path, tail)
        if os.path.isdir(base):
            for suffix, loader in self._loaders:
                init = os.path.join(base, '__init__' + suffix)
                if os.path.isfile(init):
                    return spec_from_file_location(fullname, init, loader=loader(fullname, init),
                                                   submodule_search_locations=[base])
        for suffix, loader in self._loaders:
            full = base + suffix
            if os.path.isfile(full):
                return spec_from_file_location(fullname, full, loader=loader(fullname, full))
        if os.path.isdir(base):
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder
