"""encodings.utf_32 (safepy): UTF-32 with a byte order mark (see encodings.utf_16)."""

from encodings.utf_16 import _bom_module

globals().update(_bom_module(__name__, 'utf-32', 4))
