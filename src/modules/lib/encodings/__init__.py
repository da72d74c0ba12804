"""encodings: the codec search function package (our own module for safepy).

safepy's codecs are built into the codecs module, so search_function() answers with
codecs.lookup() (None for an unknown name, as CPython's does) instead of importing a
module per codec; encodings.aliases holds CPython's alias table and
normalize_encoding() its name normalization.
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


def search_function(encoding):
    # The codec registry passes names already in lower case; CPython's search function
    # maps a name with capitals to a module name no codec module has, hence None.
    normalized = normalize_encoding(encoding)
    if normalized != normalized.lower():
        return None
    modname = (_aliases.get(normalized) or _aliases.get(normalized.replace('.', '_'))
               or normalized)
    try:
        return codecs.lookup(modname)
    except LookupError:
        return None
