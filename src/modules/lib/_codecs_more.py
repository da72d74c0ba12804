"""_codecs_more: the codecs CPython has that codecs.py does not build in: single-byte
charmap codecs (cp1252, cp437, iso8859-15, ...), unicode_escape, raw_unicode_escape and
the bytes/str transforms rot13, hex and base64 reached through codecs.encode/decode.

The encodings.<name> modules build their codecs from the functions here. The charmap
tables below list the characters of bytes 0x80-0xff (bytes below 0x80 are ASCII); U+FFFE
marks a byte the encoding leaves undefined.
"""

import codecs as _codecs

_TABLES = {
    'cp1252': (
        '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
        '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178'
        '\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af'
        '\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf'
        '\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf'
        '\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df'
        '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef'
        '\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff'
    ),
    'cp437': (
        '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5'
        '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192'
        '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
        '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'
        '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'
        '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
        '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229'
        '\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0'
    ),
    'iso8859-15': (
        '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f'
        '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f'
        '\u00a0\u00a1\u00a2\u00a3\u20ac\u00a5\u0160\u00a7\u0161\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af'
        '\u00b0\u00b1\u00b2\u00b3\u017d\u00b5\u00b6\u00b7\u017e\u00b9\u00ba\u00bb\u0152\u0153\u0178\u00bf'
        '\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf'
        '\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df'
        '\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef'
        '\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff'
    ),
    'cp1251': (
        '\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f'
        '\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\ufffe\u2122\u0459\u203a\u045a\u045c\u045b\u045f'
        '\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407'
        '\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457'
        '\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b\u041c\u041d\u041e\u041f'
        '\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042a\u042b\u042c\u042d\u042e\u042f'
        '\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f'
        '\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f'
    ),
    'koi8-r': (
        '\u2500\u2502\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2580\u2584\u2588\u258c\u2590'
        '\u2591\u2592\u2593\u2320\u25a0\u2219\u221a\u2248\u2264\u2265\u00a0\u2321\u00b0\u00b2\u00b7\u00f7'
        '\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556\u2557\u2558\u2559\u255a\u255b\u255c\u255d\u255e'
        '\u255f\u2560\u2561\u0401\u2562\u2563\u2564\u2565\u2566\u2567\u2568\u2569\u256a\u256b\u256c\u00a9'
        '\u044e\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043a\u043b\u043c\u043d\u043e'
        '\u043f\u044f\u0440\u0441\u0442\u0443\u0436\u0432\u044c\u044b\u0437\u0448\u044d\u0449\u0447\u044a'
        '\u042e\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041a\u041b\u041c\u041d\u041e'
        '\u041f\u042f\u0420\u0421\u0422\u0423\u0416\u0412\u042c\u042b\u0417\u0428\u042d\u0429\u0427\u042a'
    ),
    'iso8859-2': (
        '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f'
        '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f'
        '\u00a0\u0104\u02d8\u0141\u00a4\u013d\u015a\u00a7\u00a8\u0160\u015e\u0164\u0179\u00ad\u017d\u017b'
        '\u00b0\u0105\u02db\u0142\u00b4\u013e\u015b\u02c7\u00b8\u0161\u015f\u0165\u017a\u02dd\u017e\u017c'
        '\u0154\u00c1\u00c2\u0102\u00c4\u0139\u0106\u00c7\u010c\u00c9\u0118\u00cb\u011a\u00cd\u00ce\u010e'
        '\u0110\u0143\u0147\u00d3\u00d4\u0150\u00d6\u00d7\u0158\u016e\u00da\u0170\u00dc\u00dd\u0162\u00df'
        '\u0155\u00e1\u00e2\u0103\u00e4\u013a\u0107\u00e7\u010d\u00e9\u0119\u00eb\u011b\u00ed\u00ee\u010f'
        '\u0111\u0144\u0148\u00f3\u00f4\u0151\u00f6\u00f7\u0159\u016f\u00fa\u0171\u00fc\u00fd\u0163\u02d9'
    ),
    'cp850': (
        '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5'
        '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00f8\u00a3\u00d8\u00d7\u0192'
        '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u00ae\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
        '\u2591\u2592\u2593\u2502\u2524\u00c1\u00c2\u00c0\u00a9\u2563\u2551\u2557\u255d\u00a2\u00a5\u2510'
        '\u2514\u2534\u252c\u251c\u2500\u253c\u00e3\u00c3\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u00a4'
        '\u00f0\u00d0\u00ca\u00cb\u00c8\u0131\u00cd\u00ce\u00cf\u2518\u250c\u2588\u2584\u00a6\u00cc\u2580'
        '\u00d3\u00df\u00d4\u00d2\u00f5\u00d5\u00b5\u00fe\u00de\u00da\u00db\u00d9\u00fd\u00dd\u00af\u00b4'
        '\u00ad\u00b1\u2017\u00be\u00b6\u00a7\u00f7\u00b8\u00b0\u00a8\u00b7\u00b9\u00b3\u00b2\u25a0\u00a0'
    ),
    'mac-roman': (
        '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8'
        '\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc'
        '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8'
        '\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8'
        '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153'
        '\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02'
        '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4'
        '\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7'
    ),
}

def _handle(errors, exc, encoding):
    """Runs error handler [errors] for [exc]; returns (replacement, resume position)."""
    if errors == 'strict':
        raise exc
    if errors == 'ignore':
        return ('' if not encoding else b''), exc.end
    if errors == 'replace':
        if encoding:
            return '?' * (exc.end - exc.start), exc.end
        return '\ufffd', exc.end
    from codecs import _handler_result   # (codecs imports this module)
    return _handler_result(_codecs.lookup_error(errors)(exc), len(exc.object), encoding)


def decoding_table(name):
    """The 256 characters of charmap codec [name]'s bytes (U+FFFE: undefined)."""
    return ''.join(map(chr, range(128))) + _TABLES[name]


def charmap_build(decoding_table):
    """The encoding map of [decoding_table]: code point -> byte."""
    return {ord(c): i for i, c in enumerate(decoding_table) if c != '\ufffe'}


def _map_byte(mapping, b):
    # the character byte [b] decodes to through [mapping] (a str table or a dict of
    # byte -> str/int/None), U+FFFE when undefined
    if isinstance(mapping, str):
        return mapping[b] if b < len(mapping) else '\ufffe'
    try:
        c = mapping[b]
    except LookupError:
        return '\ufffe'
    if c is None:
        return '\ufffe'
    return chr(c) if isinstance(c, int) else c


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return _codecs.latin_1_decode(data, errors)
    errors = _codecs._errors(errors)
    data = bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        c = _map_byte(mapping, data[i])
        if c != '\ufffe':
            out.append(c)
            i += 1
            continue
        exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        rep, i = _handle(errors, exc, False)
        out.append(rep)
    return ''.join(out), i


def _map_char(mapping, c):
    # the bytes code point [c] encodes to through [mapping] (code point -> int, bytes or
    # None), None when undefined
    try:
        b = mapping[c]
    except LookupError:
        return None
    if isinstance(b, int):
        return bytes((b,))
    return b


def charmap_encode(input, errors=None, mapping=None):
    if mapping is None:
        return _codecs.latin_1_encode(input, errors)
    errors = _codecs._errors(errors)
    out = bytearray()
    i, n = 0, len(input)
    while i < n:
        b = _map_char(mapping, ord(input[i]))
        if b is not None:
            out += b
            i += 1
            continue
        j = i + 1
        while j < n and _map_char(mapping, ord(input[j])) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', input, i, j, 'character maps to <undefined>')
        rep, i = _handle(errors, exc, True)
        if isinstance(rep, (bytes, bytearray)):
            out += rep
            continue
        for c in rep:
            b = _map_char(mapping, ord(c))
            if b is None:
                raise exc
            out += b
    return bytes(out), n


def charmap_module(modname, name):
    """The names of encodings.<modname>, charmap codec [name]: its tables and codec
    classes (codecs._codec_module)."""
    table = decoding_table(name)
    encmap = charmap_build(table)

    def encode(input, errors='strict'):
        return charmap_encode(input, errors, encmap)

    def decode(input, errors='strict'):
        return charmap_decode(input, errors, table)
    names = _codecs._codec_module(modname, name, encode, decode, stateful_decode=False)
    names['decoding_table'] = table
    names['encoding_table'] = encmap
    return names


def _escape_encode(raw):
    def encode(input, errors='strict'):
        out = []
        for ch in input:
            c = ord(ch)
            if raw and c < 0x100:
                out.append(ch)
            elif not raw and ch == '\\':
                out.append('\\\\')
            elif not raw and ch == '\t':
                out.append('\\t')
            elif not raw and ch == '\n':
                out.append('\\n')
            elif not raw and ch == '\r':
                out.append('\\r')
            elif not raw and 32 <= c < 127:
                out.append(ch)
            elif c < 0x100:
                out.append('\\x%02x' % c)
            elif c < 0x10000:
                out.append('\\u%04x' % c)
            else:
                out.append('\\U%08x' % c)
        return ''.join(out).encode('latin-1'), len(input)
    return encode


unicode_escape_encode = _escape_encode(False)
raw_unicode_escape_encode = _escape_encode(True)
unicode_escape_encode.__name__ = unicode_escape_encode.__qualname__ = 'unicode_escape_encode'
raw_unicode_escape_encode.__name__ = 'raw_unicode_escape_encode'
raw_unicode_escape_encode.__qualname__ = 'raw_unicode_escape_encode'


_SIMPLE = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
           ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v'}
_HEX = b'0123456789abcdefABCDEF'


def _as_bytes(input):
    # like CPython's escape decoders, a str input is taken as its UTF-8 bytes
    return input.encode('utf-8') if isinstance(input, str) else bytes(input)


def _warn_invalid_escape(data, p):
    # CPython 3.11 warns once per call, for the first invalid escape ([p]: the byte
    # after its backslash).  It warns from C, so the warning names the first Python
    # frame that called the codec: skip the frames of the codec machinery written here
    import sys
    import warnings
    if 0x34 <= data[p] <= 0x37:
        msg = "invalid octal escape sequence '\\%s'" % data[p:p + 3].decode('latin-1')
    else:
        msg = "invalid escape sequence '\\%s'" % chr(data[p])
    level = 2
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get('__name__') in ('codecs', '_codecs_more'):
        frame = frame.f_back
        level += 1
    warnings.warn(msg, DeprecationWarning, level)


def unicode_escape_decode(input, errors=None, final=True):
    """(str, bytes consumed) of Python-escaped [input]; unless [final], an escape the
    end of the input cuts short is left unconsumed."""
    errors = _codecs._errors(errors)
    data = _as_bytes(input)
    out = []
    n = len(data)
    i = 0
    name = 'unicodeescape'
    invalid = None    # where the first invalid escape is
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 >= n:
            if not final:
                break
            exc = UnicodeDecodeError(name, data, i, n, '\\ at end of string')
            rep, i = _handle(errors, exc, False)
            out.append(rep)
            continue
        c = data[i + 1]
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
            i += 2
            continue
        if c == 0x0a:
            i += 2
            continue
        if 0x30 <= c <= 0x37:
            j = i + 1
            v = 0
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                v = v * 8 + data[j] - 0x30
                j += 1
            if v > 0o377 and invalid is None:
                invalid = i + 1
            out.append(chr(v))
            i = j
            continue
        if c in (0x78, 0x75, 0x55):
            width = {0x78: 2, 0x75: 4, 0x55: 8}[c]
            what = {0x78: 'truncated \\xXX escape', 0x75: 'truncated \\uXXXX escape',
                    0x55: 'truncated \\UXXXXXXXX escape'}[c]
            j = i + 2
            while j < n and j < i + 2 + width and data[j] in _HEX:
                j += 1
            if j < i + 2 + width:
                if j >= n and not final:
                    break
                exc = UnicodeDecodeError(name, data, i, j, what)
                rep, i = _handle(errors, exc, False)
                out.append(rep)
                continue
            v = int(data[i + 2:j], 16)
            if v > 0x10ffff:
                exc = UnicodeDecodeError(name, data, i, j, 'illegal Unicode character')
                rep, i = _handle(errors, exc, False)
                out.append(rep)
                continue
            out.append(chr(v))
            i = j
            continue
        if c == 0x4e:
            j = i + 2
            if j < n and data[j] == 0x7b:
                k = data.find(b'}', j + 1)
                if k > j + 1:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(data[j + 1:k].decode('latin-1')))
                        i = k + 1
                        continue
                    except KeyError:
                        exc = UnicodeDecodeError(name, data, i, k + 1, 'unknown Unicode character name')
                        rep, i = _handle(errors, exc, False)
                        out.append(rep)
                        continue
                end = n if k < 0 else k + 1
                if k < 0 and not final:
                    break
            else:
                end = j
                if j >= n and not final:
                    break
            exc = UnicodeDecodeError(name, data, i, end, 'malformed \\N character escape')
            rep, i = _handle(errors, exc, False)
            out.append(rep)
            continue
        if invalid is None:
            invalid = i + 1
        out.append('\\')
        out.append(chr(c))
        i += 2
    if invalid is not None:
        _warn_invalid_escape(data, invalid)
    return ''.join(out), i


def raw_unicode_escape_decode(input, errors=None, final=True):
    """Like unicode_escape_decode, with only \\uXXXX and \\UXXXXXXXX escapes."""
    errors = _codecs._errors(errors)
    data = _as_bytes(input)
    out = []
    n = len(data)
    i = 0
    name = 'rawunicodeescape'
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(chr(b))
            i += 1
            continue
        # an even run of backslashes escapes nothing
        j = i
        while j < n and data[j] == 0x5c:
            j += 1
        run = j - i
        if run % 2 == 0:
            out.append('\\' * run)
            i = j
            continue
        if run > 1:
            out.append('\\' * (run - 1))
            i = j - 1
        if i + 1 >= n and not final:
            break
        if i + 1 >= n or data[i + 1] not in (0x75, 0x55):
            out.append('\\')
            i += 1
            continue
        width = 4 if data[i + 1] == 0x75 else 8
        j = i + 2
        while j < n and j < i + 2 + width and data[j] in _HEX:
            j += 1
        if j < i + 2 + width:
            if j >= n and not final:
                break
            what = 'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape'
            exc = UnicodeDecodeError(name, data, i, j, what)
            rep, i = _handle(errors, exc, False)
            out.append(rep)
            continue
        v = int(data[i + 2:j], 16)
        if v > 0x10ffff:
            exc = UnicodeDecodeError(name, data, i, j, '\\Uxxxxxxxx out of range')
            rep, i = _handle(errors, exc, False)
            out.append(rep)
            continue
        out.append(chr(v))
        i = j
    return ''.join(out), i
