"""encodings.idna (safepy): IDNA 2003 (RFC 3490), host names in their ASCII form.

Written for safepy from the RFCs; the steps and their error messages are CPython 3.11's
(nameprep of RFC 3491 on labels that are not ASCII, ToASCII/ToUnicode per label, labels
of 1 to 63 bytes, only errors='strict'). Difference: nameprep normalizes with safepy's
current Unicode data where CPython uses Unicode 3.2.0, which differs for five CJK
compatibility ideographs (U+2F868, U+2F874, U+2F91F, U+2F95F, U+2F9BF).
"""

import codecs
import stringprep
import unicodedata

ace_prefix = b'xn--'
sace_prefix = 'xn--'
_DOTS = '.\u3002\uff0e\uff61'
_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
               stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9)


def nameprep(label):
    mapped = ''.join(stringprep.map_table_b2(c) for c in label
                     if not stringprep.in_table_b1(c))
    label = unicodedata.normalize('NFKC', mapped)
    for c in label:
        if any(table(c) for table in _PROHIBITED):
            raise UnicodeError('Invalid character %r' % c)
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError('Violation of BIDI requirement 2')
        if not (rtl[0] and rtl[-1]):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def _ascii_or_none(label):
    try:
        return label.encode('ascii')
    except UnicodeError:
        return None


def ToASCII(label):
    raw = _ascii_or_none(label)
    if raw is not None:
        return _sized(raw)
    label = nameprep(label)
    raw = _ascii_or_none(label)
    if raw is not None:
        return _sized(raw)
    if label.startswith(sace_prefix):
        raise UnicodeError('Label starts with ACE prefix')
    return _sized(ace_prefix + label.encode('punycode'))


def ToUnicode(label):
    if not isinstance(label, bytes):
        raw = _ascii_or_none(label)
        if raw is None:
            raw = _ascii_or_none(nameprep(label))
            if raw is None:
                raise UnicodeError('Invalid character in IDN label')
        label = raw
    if not label.startswith(ace_prefix):
        return str(label, 'ascii')
    result = label[len(ace_prefix):].decode('punycode')
    back = ToASCII(result)
    if str(label, 'ascii').lower() != str(back, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', label, back)
    return result


def _split_dots(text):
    labels, start = [], 0
    for i, c in enumerate(text):
        if c in _DOTS:
            labels.append(text[start:i])
            start = i + 1
    labels.append(text[start:])
    return labels


def _encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)
    if not input:
        return b'', 0
    raw = _ascii_or_none(input)
    if raw is not None:
        labels = raw.split(b'.')
        for label in labels[:-1]:
            _sized(label)
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return raw, len(input)
    labels = _split_dots(input)
    trailing = b''
    if not labels[-1]:
        trailing = b'.'
        del labels[-1]
    return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)


def _decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('Unsupported error handling ' + errors)
    if not input:
        return '', 0
    data = input if isinstance(input, bytes) else bytes(input)
    if ace_prefix not in data:
        try:
            return data.decode('ascii'), len(data)
        except UnicodeDecodeError:
            pass
    labels = data.split(b'.')
    trailing = ''
    if not labels[-1]:
        trailing = '.'
        del labels[-1]
    return '.'.join(ToUnicode(label) for label in labels) + trailing, len(data)


globals().update(codecs._codec_module(__name__, 'idna', _encode, _decode,
                                      stateful_decode=False))


def _whole_labels(labels, final):
    # (the labels to convert now, the trailing dot): unless [final], the last label may
    # be cut and waits for the next piece
    if not labels[-1]:
        return labels[:-1], '.'
    if final:
        return labels, ''
    return labels[:-1], '.' if len(labels) > 1 else ''


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    """Encodes the labels a piece completes (CPython's buffering: a label converts
    as a whole, so one cut between pieces waits for its dot or the end)."""

    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError('unsupported error handling ' + errors)
        if not input:
            return b'', 0
        labels, dot = _whole_labels(_split_dots(input), final)
        out = b'.'.join(ToASCII(label) for label in labels) + dot.encode()
        return out, sum(map(len, labels)) + max(len(labels) - 1, 0) + len(dot)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    """Decodes the labels a piece completes (see IncrementalEncoder)."""

    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError('Unsupported error handling ' + errors)
        if not input:
            return '', 0
        if isinstance(input, str):
            labels = _split_dots(input)
        else:
            labels = str(input, 'ascii').split('.')
        labels, dot = _whole_labels(labels, final)
        out = '.'.join(ToUnicode(label) for label in labels) + dot
        return out, sum(map(len, labels)) + max(len(labels) - 1, 0) + len(dot)


IncrementalEncoder.__module__ = IncrementalDecoder.__module__ = __name__


def getregentry():
    return codecs.CodecInfo(name='idna', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
