"""importlib: the programmatic face of the import system (our own implementation).

import_module() resolves relative names and imports through __import__; reload()
re-executes a module and copies the fresh namespace into the existing module object
(functions of the old version keep their old globals). importlib.util adds find_spec and
the spec/loader helpers used to run a file as a module.
"""

import sys
from builtins import __import__  # importlib.__import__, as CPython's package exports

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package):
    level = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for {!r}".format(name))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def import_module(name, package=None):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name).__name__))
    if name.startswith('.'):
        name = _resolve_name(name, package)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    mod_type = type(sys)
    if not isinstance(module, mod_type):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    del sys.modules[name]
    try:
        __import__(name)
        fresh = sys.modules[name]
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
