"""encodings.mac_roman (safepy): Mac OS Roman, a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'mac-roman'))
