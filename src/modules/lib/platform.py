"""platform: a minimal platform module for safepy.

Interpreter facts come from sys; operating-system facts from the Linux
/proc/sys/kernel files when they are readable, else sensible defaults.
python_implementation() reports 'safepy' (sys.implementation.name).
"""

import sys
from collections import namedtuple as _namedtuple

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor',
           'uname', 'platform', 'python_version', 'python_version_tuple',
           'python_implementation', 'python_build', 'python_compiler',
           'architecture', 'python_branch', 'python_revision', 'libc_ver']


def _read_kernel(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except Exception:
        return default


def system():
    if sys.platform.startswith('linux'):
        return _read_kernel('ostype', 'Linux') or 'Linux'
    return sys.platform.capitalize()


def node():
    return _read_kernel('hostname')


def release():
    return _read_kernel('osrelease')


def version():
    return _read_kernel('version')


def machine():
    m = _read_kernel('arch')
    if not m and sys.maxsize > 2 ** 32:
        m = 'x86_64'
    return m


def processor():
    return ''


uname_result = _namedtuple('uname_result',
                           'system node release version machine processor')


def uname():
    return uname_result(system(), node(), release(), version(), machine(),
                        processor())


def platform(aliased=False, terse=False):
    parts = [system(), release()]
    if not terse:
        parts.append(machine())
        parts.append('with')
        parts.append('safepy')
    return '-'.join([p for p in parts if p])


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_implementation():
    return sys.implementation.name


def python_build():
    return ('main', '')


def python_compiler():
    return 'C11'


def python_branch():
    return ''


def python_revision():
    return ''


def _dotted(v):
    # '2.17' is newer than '2.5': compare the numbers, not the text
    return [int(p) for p in v.split('.') if p.isdigit()]


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """The C library the file executable (default: this interpreter) was linked
    against, as (lib, version), found in its bytes: ('glibc', the newest GLIBC_x.y
    symbol version it names) or ('libc', a libc.so soname's version); lib and version
    are returned as given when the file names neither."""
    if executable is None:
        executable = sys.executable
        if not executable:
            return lib, version
    import re
    found = re.compile(rb'GLIBC_(\d[\d.]*)|libc(_\w+)?\.so(?:\.(\d[\d.]*))?', re.ASCII)
    keep = 64       # a name cut by a chunk boundary is found whole in the next round
    tail = b''
    with open(executable, 'rb') as f:
        while True:
            chunk = f.read(chunksize)
            if not chunk:
                break
            data = tail + chunk
            tail = data[-keep:]
            if b'libc' not in data and b'GLIBC' not in data:
                continue
            for m in found.finditer(data):
                glibc, threads, so = [g.decode('latin1') if g is not None else g
                                      for g in m.groups()]
                if glibc is not None:
                    glibc = glibc.rstrip('.')
                    if lib != 'glibc':
                        lib, version = 'glibc', glibc
                    elif _dotted(glibc) > _dotted(version):
                        version = glibc
                elif lib != 'glibc':
                    lib = 'libc'
                    if so and (not version or _dotted(so) > _dotted(version)):
                        version = so
                    if threads and not version.endswith(threads):
                        version += threads
    return lib, version


def architecture(executable=sys.executable if hasattr(sys, 'executable') else '',
                 bits='', linkage=''):
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    return bits, 'ELF'
