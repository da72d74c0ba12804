"""encodings.cp1252 (safepy): Windows-1252 (Western European), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'cp1252'))
