"""encodings.iso8859_15 (safepy): ISO 8859-15 (Latin-9), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'iso8859-15'))
