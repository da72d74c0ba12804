"""encodings.cp850 (safepy): DOS Latin-1 (code page 850), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'cp850'))
