"""pkgutil: utilities over the import system (our own code, CPython 3.11's API).

Listing modules works for directories on sys.path or in a package's __path__ (through
importlib.machinery.FileFinder) and for zip archives with zipimport. safepy's import
statement does its sys.path search in C and leaves sys.path_hooks empty; when it is empty
get_importer uses the hooks CPython's list holds (a zipimporter, then a FileFinder for
source files). Frozen packages have an empty __path__, so their submodules are not listed.
ImpImporter and ImpLoader (deprecated since 3.3, over the imp module) and read_code (it
reads CPython's .pyc files, whose code objects safepy cannot run) are not here.
"""

import importlib
import importlib.machinery
import importlib.util
import os
import sys
from collections import namedtuple
from types import ModuleType

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data',
           'extend_path', 'ModuleInfo']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def _default_path_hooks():
    from zipimport import zipimporter
    return [zipimporter,
            importlib.machinery.FileFinder.path_hook(
                (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES))]


def get_importer(path_item):
    """The finder for one sys.path entry, from sys.path_importer_cache or made (and
    cached) by the first path hook that accepts it; None when none does."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    for path_hook in sys.path_hooks or _default_path_hooks():
        try:
            importer = path_hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    return None


def iter_importers(fullname=''):
    """The finders that would be asked for [fullname]: sys.meta_path's and one per sys.path
    entry for a top-level name, one per entry of the parent package's __path__ else."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        pkg = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def _iter_file_finder_modules(importer, prefix=''):
    from inspect import getmodulename
    if importer.path is None or not os.path.isdir(importer.path):
        return
    try:
        filenames = sorted(os.listdir(importer.path))
    except OSError:
        return
    yielded = set()
    for fn in filenames:
        modname = getmodulename(fn)
        if modname == '__init__' or modname in yielded:
            continue
        ispkg = False
        path = os.path.join(importer.path, fn)
        if not modname and os.path.isdir(path) and '.' not in fn:
            modname = fn
            try:
                contents = os.listdir(path)
            except OSError:
                contents = []
            if not any(getmodulename(sub) == '__init__' for sub in contents):
                continue   # a directory, not a package
            ispkg = True
        if modname and '.' not in modname:
            yielded.add(modname)
            yield prefix + modname, ispkg


def _iter_zipimport_modules(importer, prefix=''):
    from inspect import getmodulename
    names = sorted(importer._files)
    base = importer.prefix
    plen = len(base)
    yielded = set()
    for fn in names:
        if not fn.startswith(base):
            continue
        parts = fn[plen:].split(os.sep)
        if len(parts) == 2 and parts[1].startswith('__init__.py'):
            if parts[0] not in yielded:
                yielded.add(parts[0])
                yield prefix + parts[0], True
        if len(parts) != 1:
            continue
        modname = getmodulename(parts[0])
        if modname == '__init__':
            continue
        if modname and '.' not in modname and modname not in yielded:
            yielded.add(modname)
            yield prefix + modname, False


def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) of the modules [importer] can find, names prefixed with [prefix]."""
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    from zipimport import zipimporter
    if isinstance(importer, zipimporter):
        return _iter_zipimport_modules(importer, prefix)
    return []


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on [path] (a list of directories; sys.path
    when None), each name once, prefixed with [prefix]."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module on [path], recursively: each package is imported to
    list its submodules. An ImportError while importing one goes to onerror(name) (if
    given); any other exception does too when onerror is given, else it propagates."""
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True
        return False

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], '__path__', None) or []
                subpath = [p for p in subpath if not seen(p)]
                yield from walk_packages(subpath, info.name + '.', onerror)


def get_loader(module_or_name):
    """The loader of a module object or of the module with that name (found without
    importing it when not imported yet); None when there is none."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader importlib.util.find_spec finds for [fullname], None when none."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding loader for {!r} ({}: {})'
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """A package's __path__ extended with the directories of the same package name found
    on sys.path (or the parent's __path__), and the lines of NAME.pkg files there."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + '.pkg'
    path = path[:]
    parent, _, final_name = name.rpartition('.')
    if parent:
        try:
            search_path = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for entry in search_path:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            portions = []
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(final_name)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, 'find_loader'):
                _, portions = finder.find_loader(final_name)
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(entry, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of [resource] ('/'-separated, relative to [package]'s directory), read
    by the package's loader; None when the loader cannot read data."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object 'pkg.mod:attr.attr' (or 'pkg.mod.attr', importing as much as can be
    imported) names."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        obj = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                obj = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    for p in parts:
        obj = getattr(obj, p)
    return obj

