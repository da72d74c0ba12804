"""CSV parsing and writing.

safepy's _csv: the reader, writer and dialect registry that CPython keeps in its C
module _csv, re-exported from our csv module (which implements them), so code written
against _csv (CPython's own csv.py among it) runs on them.
"""

import csv as _impl
from csv import (Error, __version__, writer, reader, register_dialect,
                 unregister_dialect, get_dialect, list_dialects, field_size_limit,
                 QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)

_dialects = _impl._dialects
Reader = _impl._Reader
Writer = _impl._Writer


class Dialect(_impl._Dia):
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _impl._ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        super().__init__(dialect, kwargs)
