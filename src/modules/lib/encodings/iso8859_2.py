"""encodings.iso8859_2 (safepy): ISO 8859-2 (Latin-2), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'iso8859-2'))
