"""_collections_abc for safepy: the same module object as collections.abc (CPython code
imports the ABCs under this name too)."""

import sys as _sys
import collections.abc as _cabc

_sys.modules[__name__] = _cabc
