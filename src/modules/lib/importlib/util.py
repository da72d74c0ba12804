"""importlib.util: find_spec, spec_from_file_location, module_from_spec (our own code).

ModuleSpec and SourceFileLoader come from _frozen_importlib (the specs the import
system gives every module); the file loader runs a .py file in the module's namespace.
"""

import sys
import importlib
from _frozen_importlib import ModuleSpec, SourceFileLoader
from _import_hooks import spec_from_loader


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.origin is not None and spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def _find_spec(name, path, target=None):
    """Ask each finder of sys.meta_path for [name]'s spec; none knows it: None."""
    if sys.meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    for finder in list(sys.meta_path):
        find = getattr(finder, 'find_spec', None)
        spec = None if find is None else find(name, path, target)
        if spec is not None:
            return spec
    return None


def find_spec(name, package=None):
    """The spec of module [name] (relative to [package]): found without importing it,
    though its parent package is imported; from sys.modules when it is already there."""
    fullname = importlib._resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        parent_path = None
        if parent_name:
            parent = importlib.import_module(parent_name)
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} "
                                          f"while trying to find {fullname!r}",
                                          name=fullname) from e
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def decode_source(source_bytes):
    """Source bytes as str: decoded as their coding cookie says (UTF-8 by default), with
    universal newlines."""
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = bytes(source_bytes).decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative module '
                          'names)'.format(name))
    return importlib._resolve_name(name, package)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path for source [path] (PEP 3147). safepy writes no .pyc files and its
    sys.implementation.cache_tag is None, so this raises NotImplementedError, as
    CPython's does for such an implementation (after the same argument checks)."""
    import os
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    os.fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    """The source path of .pyc [path]; NotImplementedError here (see cache_from_source)."""
    import os
    os.fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
