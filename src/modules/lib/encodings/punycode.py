"""encodings.punycode (safepy): RFC 3492's Punycode, the ASCII form of IDNA labels.

Written for safepy from the RFC; errors and their messages are CPython 3.11's (its
decoder spells "punicode"). The encoder takes a str and gives bytes, the decoder takes
bytes-like or ASCII str; under errors other than 'strict' a bad digit ends decoding
with what was decoded so far and a code point past U+10FFFF becomes '?'.
"""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > (_BASE - _TMIN) * _TMAX // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    # t(k) of RFC 3492 6.1, for the k-th digit (k = 1, 2, ... times BASE)
    return min(max(k - bias, _TMIN), _TMAX)


def punycode_encode(text):
    cps = [ord(c) for c in text]
    out = bytearray(c for c in cps if c < 0x80)
    done = len(out)
    if out:
        out.append(0x2D)
    n, delta, bias, basic = 0x80, 0, 72, done
    while done < len(cps):
        m = min(c for c in cps if c >= n)
        delta += (m - n) * (done + 1)
        n = m
        for c in cps:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, done + 1, done == basic)
                delta = 0
                done += 1
        delta += 1
        n += 1
    return bytes(out)


def _read_number(digits, pos, bias, errors):
    # one variable-length integer from [digits] (upper-cased) at [pos]:
    # (position after it, value), value None after a bad digit outside 'strict'
    value, weight, k = 0, 1, _BASE
    while True:
        if pos >= len(digits):
            if errors == 'strict':
                raise UnicodeError('incomplete punicode string')
            return pos + 1, None
        ch = digits[pos]
        pos += 1
        if 'A' <= ch <= 'Z':
            d = ord(ch) - 0x41
        elif '0' <= ch <= '9':
            d = ord(ch) - 22
        elif errors == 'strict':
            raise UnicodeError("Invalid extended code point '%s'" % ch)
        else:
            return pos, None
        value += d * weight
        t = _threshold(k, bias)
        if d < t:
            return pos, value
        weight *= _BASE - t
        k += _BASE


def punycode_decode(text, errors='strict'):
    if isinstance(text, str):
        text = text.encode('ascii')
    text = bytes(text)
    dash = text.rfind(b'-')
    if dash < 0:
        out, digits = [], str(text, 'ascii').upper()
    else:
        out = list(str(text[:dash], 'ascii', errors))
        digits = str(text[dash + 1:], 'ascii').upper()
    n, i, bias, pos = 0x80, 0, 72, 0
    while pos < len(digits):
        first = pos == 0
        pos, delta = _read_number(digits, pos, bias, errors)
        if delta is None:
            break
        i += delta
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        out.insert(i, chr(n))
        i += 1
        bias = _adapt(delta, len(out), first)
    return ''.join(out)


def _encode(input, errors='strict'):
    return punycode_encode(input), len(input)


def _decode(input, errors='strict'):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError('Unsupported error handling ' + errors)
    return punycode_decode(input, errors), len(input)


globals().update(codecs._codec_module(__name__, 'punycode', _encode, _decode,
                                      stateful_decode=False))
