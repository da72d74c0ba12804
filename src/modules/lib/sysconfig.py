"""sysconfig (safepy implementation): the interpreter's configuration and install paths.

safepy is one binary with its standard library frozen in: it has no build tree, no C
compiler settings and no extension modules, so CPython's Makefile variables (CFLAGS,
EXT_SUFFIX, ...) are absent and get_config_var() returns None for them, as CPython does
for any name it does not know. Paths are worked out from sys.prefix as CPython's
posix_prefix and posix_home schemes do.
"""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}

_CONFIG_VARS = None  # built on the first get_config_vars() call, as in CPython


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError(f"unknown key {key!r}, must be one of ('prefix', 'home', 'user')")
    if key == 'user':
        raise ValueError('safepy has no user scheme')
    return 'posix_' + key


def get_path_names():
    return ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def get_config_vars(*args):
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        prefix = os.path.normpath(sys.prefix) if sys.prefix else sys.prefix
        exec_prefix = os.path.normpath(sys.exec_prefix) if sys.exec_prefix else sys.exec_prefix
        version = '%d.%d' % sys.version_info[:2]
        _CONFIG_VARS = {
            'prefix': prefix, 'exec_prefix': exec_prefix, 'base': prefix,
            'platbase': exec_prefix, 'installed_base': prefix,
            'installed_platbase': exec_prefix, 'projectbase': os.path.dirname(sys.executable),
            'py_version': sys.version.split()[0], 'py_version_short': version,
            'py_version_nodot': version.replace('.', ''), 'VERSION': version,
            'abiflags': sys.abiflags, 'platlibdir': sys.platlibdir,
            'implementation': sys.implementation.name,
            'implementation_lower': sys.implementation.name.lower(),
            'userbase': None, 'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'SO': None,
            # where zoneinfo looks for TZif files (CPython's configure default)
            'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        }
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def _expand(template, names):
    def repl(m):
        key = m.group(1)
        if key in names:
            return str(names[key])
        if key in os.environ:
            return os.environ[key]
        raise AttributeError(f'{{{key}}}')
    import re
    return re.sub(r'\{([^{]*?)\}', repl, template)


def get_paths(scheme=None, vars=None, expand=True):
    scheme = get_default_scheme() if scheme is None else scheme
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    names = dict(get_config_vars())
    if vars:
        names.update(vars)
    return {key: os.path.normpath(_expand(value, names)) for key, value in templates.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    import platform
    return 'linux-' + platform.machine()


def get_python_version():
    return get_config_var('py_version_short')


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    raise OSError('safepy has no Makefile of its build')


def get_config_h_filename():
    raise OSError('safepy has no pyconfig.h')


def parse_config_h(fp, vars=None):
    """Read the #define and #undef lines of a pyconfig.h-style file into vars."""
    import re
    vars = {} if vars is None else vars
    for line in fp:
        m = re.match(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n', line)
        if m:
            name, value = m.groups()
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        m = re.match(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n', line)
        if m:
            vars[m.group(1)] = 0
    return vars
