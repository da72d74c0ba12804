"""encodings.cp437 (safepy): the IBM PC code page 437, a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'cp437'))
