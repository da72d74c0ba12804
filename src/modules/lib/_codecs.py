"""_codecs (safepy): the codec registry functions, which CPython keeps in its C module
_codecs (so pickles name `_codecs.encode` for bytes at protocols 0-2). Our codecs module
implements them and marks them as belonging here."""

from codecs import (encode, decode, lookup, register, unregister, lookup_error,
                    register_error)

__all__ = ['encode', 'decode', 'lookup', 'register', 'unregister', 'lookup_error',
           'register_error']
