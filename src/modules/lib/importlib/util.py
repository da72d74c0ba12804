"""importlib.util: find_spec, spec_from_file_location, module_from_spec (our own code).

ModuleSpec and SourceFileLoader come from _frozen_importlib (the specs the import
system gives every module); the file loader runs a .py file in the module's namespace.
"""

import sys
import importlib
from _frozen_importlib import ModuleSpec, SourceFileLoader


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


def find_spec(name, package=None):
    fullname = importlib._resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is None:
        parent = fullname.rpartition('.')[0]
        if parent:
            importlib.import_module(parent)
        try:
            module = importlib.import_module(fullname)
        except ModuleNotFoundError as e:
            if e.name == fullname:
                return None
            raise
    spec = getattr(module, '__spec__', None)
    if spec is None:
        spec = ModuleSpec(fullname, getattr(module, '__loader__', None),
                          origin=getattr(module, '__file__', None),
                          is_package=hasattr(module, '__path__'))
    return spec


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative module '
                          'names)'.format(name))
    return importlib._resolve_name(name, package)
