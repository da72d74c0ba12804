"""encodings.cp1251 (safepy): Windows-1251 (Cyrillic), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'cp1251'))
