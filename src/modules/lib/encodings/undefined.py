"""encodings.undefined (safepy): a codec that refuses everything, for a site that wants
no default encoding: every encode and decode raises UnicodeError('undefined encoding')."""

import codecs


def _refuse(input, errors='strict'):
    raise UnicodeError('undefined encoding')


def _refuse_final(input, errors='strict', final=False):
    raise UnicodeError('undefined encoding')


globals().update(codecs._codec_module(__name__, 'undefined', _refuse, _refuse_final))
