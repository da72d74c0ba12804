"""_import_hooks: the parts of the import system that run Python finders and loaders.

import.c searches for built-in, frozen and source modules itself; when sys.meta_path holds
another finder (six's, an import hook's), _frozen_importlib._meta_load hands it to
meta_load here, which asks it for a spec and loads the module as CPython's import system
does. Kept out of _frozen_importlib so that every program's first import stays cheap.
"""

import sys
from _frozen_importlib import ModuleSpec, NamespaceLoader, _spec


def path_spec(fullname, path):
    """PathFinder.find_spec: the spec of a source module or package in [path] (sys.path
    when None), None when there is none."""
    import os
    if path is None:
        path = sys.path
    name = fullname.rpartition('.')[2]
    portions = []
    for entry in path:
        if not isinstance(entry, str):
            continue
        if entry and entry != '.' and os.path.isfile(entry):
            # a zip archive (zipimport's finder); a directory entry is made absolute
            # as CPython's FileFinder does
            spec = _zip_spec(entry, fullname)
            if spec is not None:
                return spec
            continue
        if not entry or entry == '.':
            entry = os.getcwd()
        elif not os.path.isabs(entry):
            entry = os.path.join(os.getcwd(), entry)
        base = os.path.join(entry, name)
        init = os.path.join(base, '__init__.py')
        if os.path.isdir(base) and os.path.isfile(init):
            return _spec(fullname, 'source', init, [base])
        if os.path.isfile(base + '.py'):
            return _spec(fullname, 'source', base + '.py', None)
        if os.path.isdir(base):
            portions.append(base)
    if portions:
        return _spec(fullname, 'namespace', None, portions)
    return None


def _zip_spec(archive, fullname):
    import zipimport
    try:
        finder = zipimport.zipimporter(archive)
    except zipimport.ZipImportError:
        return None
    return finder.find_spec(fullname)


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def meta_load(finder, name, path):
    """Import [name] with [finder], a finder a program put in sys.meta_path: the module,
    or None when the finder does not know the name."""
    find_spec = getattr(finder, 'find_spec', None)
    if find_spec is not None:
        spec = find_spec(name, path, None)
    else:
        find_module = getattr(finder, 'find_module', None)
        if find_module is None:
            return None
        __import__('warnings').warn(f"{_object_name(finder)}.find_spec() not found; "
                                    "falling back to find_module()", ImportWarning)
        loader = find_module(name, path)
        spec = None if loader is None else spec_from_loader(name, loader)
    if spec is None:
        return None
    return _load(spec)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for [name] loaded by [loader] (importlib.util.spec_from_loader)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        try:
            location = loader.get_filename(name)
        except ImportError:
            location = None
        if location is not None:
            spec = ModuleSpec(name, loader, origin=location)
            spec.has_location = True
            pkg = is_package
            if pkg is None and hasattr(loader, 'is_package'):
                try:
                    pkg = loader.is_package(name)
                except ImportError:
                    pkg = None
            if pkg:
                spec.submodule_search_locations = [location.rpartition('/')[0]]
            return spec
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module):
    if getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and getattr(module, '__path__', None) is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if spec.cached is not None and getattr(module, '__cached__', None) is None:
            module.__cached__ = spec.cached


def _load(spec):
    """Create and run the module of [spec] as CPython's import system does."""
    modules = sys.modules
    name = spec.name
    loader = spec.loader
    if loader is None:
        if spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=name)
        loader = spec.loader = NamespaceLoader(name, spec.submodule_search_locations)
    if not hasattr(loader, 'exec_module'):
        # a PEP 302 loader: load_module() puts the module in sys.modules itself
        __import__('warnings').warn(f"{_object_name(loader)}.exec_module() not found; "
                                    "falling back to load_module()", ImportWarning)
        loader.load_module(name)
        module = modules[name]
        if getattr(module, '__loader__', None) is None:
            module.__loader__ = loader
        if getattr(module, '__package__', None) is None:
            module.__package__ = name if hasattr(module, '__path__') else name.rpartition('.')[0]
        if getattr(module, '__spec__', None) is None:
            module.__spec__ = spec
        return module
    if not hasattr(loader, 'create_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    module = loader.create_module(spec)
    if module is None:
        module = type(sys)(name)
    _init_module_attrs(spec, module)
    modules[name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        modules.pop(name, None)
        raise
    # the module may have replaced itself in sys.modules; it goes last there, as in CPython
    module = modules.pop(name)
    modules[name] = module
    return module
