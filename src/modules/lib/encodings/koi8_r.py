"""encodings.koi8_r (safepy): KOI8-R (Russian), a charmap codec (tables in _codecs_more)."""

import _codecs_more

globals().update(_codecs_more.charmap_module(__name__, 'koi8-r'))
