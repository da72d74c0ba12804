"""encodings: the codec search function package (our own module for safepy).

search_function(name) is the codec registry's first search function, as in CPython: the
name, normalized (normalize_encoding) and mapped through encodings.aliases, names a module
encodings.<name> whose getregentry() gives the CodecInfo; None when there is none.
"""

import codecs
from . import aliases

_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    # Runs of characters other than ASCII letters, digits and '.' become one '_';
    # leading and trailing ones are dropped.
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    chars = []
    punct = False
    for c in encoding:
        if (c.isalnum() and c.isascii()) or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


_cache = {}
_MISSING = object()


def search_function(encoding):
    entry = _cache.get(encoding, _MISSING)
    if entry is not _MISSING:
        return entry
    normalized = normalize_encoding(encoding)
    aliased = _aliases.get(normalized) or _aliases.get(normalized.replace('.', '_'))
    module = None
    for modname in (aliased, normalized):
        # a dotted name would reach outside the package
        if not modname or '.' in modname:
            continue
        try:
            module = __import__('encodings.' + modname, fromlist=['_'])
        except ImportError:
            continue
        break
    getregentry = getattr(module, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (module.__name__, getattr(module, '__file__', None)))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    getaliases = getattr(module, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            _aliases.setdefault(alias, modname)
    return entry
