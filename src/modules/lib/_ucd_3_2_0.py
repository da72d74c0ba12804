"""unicodedata.ucd_3_2_0: the Unicode 3.2.0 database (our own implementation).

IDNA (encodings.idna) and stringprep must use Unicode 3.2.0, as CPython's
unicodedata.ucd_3_2_0 gives it. The current database answers, except where
_ucd_3_2_0_data lists a 3.2.0 value: ranges per property, generated from CPython by
tools/gen_ucd_3_2_0.py. Characters unassigned in 3.2.0 have no name, no decomposition
and are left alone by normalize(); five CJK compatibility ideographs decompose as 3.2.0
said (NFD_CORRECTIONS). Aliases and named sequences are not looked up (CPython's 3.2.0
database has none).
"""

import unicodedata as _cur
import _ucd_3_2_0_data as _data

_MISSING = object()


class _Table:
    # one property's 3.2.0 ranges: (first, last, value), sorted, searched by bisection
    def __init__(self, ranges):
        self.firsts = [r[0] for r in ranges]
        self.ranges = ranges

    def get(self, cp):
        lo, hi = 0, len(self.firsts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.firsts[mid] <= cp:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            first, last, value = self.ranges[lo - 1]
            if cp <= last:
                return value
        return _MISSING


_tables = {}


def _table(name):
    t = _tables.get(name)
    if t is None:
        t = _tables[name] = _Table(getattr(_data, name.upper()))
    return t


def _code(fname, chr_):
    if not isinstance(chr_, str):
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not str" % fname)
    return ord(chr_)


def _assigned(cp):
    return _table('category').get(cp) != 'Cn' and (
        _table('category').get(cp) is not _MISSING or _cur.category(chr(cp)) != 'Cn')


def _decompose(s, compat):
    # full decomposition as 3.2.0 had it (a character 3.2.0 did not have stays itself),
    # then the canonical ordering of combining marks by their current classes, as CPython
    # orders them for this database too
    fixes = _data.NFD_CORRECTIONS
    form = 'NFKD' if compat else 'NFD'
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in fixes:
            out.extend(fixes[cp])
        elif cp < 0x80 or not _assigned(cp):
            out.append(ch)
        else:
            out.extend(_cur.normalize(form, ch))
    ccc = _cur.combining
    i, n = 0, len(out)
    while i < n:
        if ccc(out[i]) == 0:
            i += 1
            continue
        j = i
        while j < n and ccc(out[j]) != 0:
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=ccc)
        i = j
    return ''.join(out)


_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT


def _compose(s):
    # canonical composition of a decomposed string: each starter takes the following
    # unblocked characters it has a primary composite with (Hangul by arithmetic)
    pairs = _data.COMPOSE
    ccc = _cur.combining
    out = []
    starter = -1      # index in out of the last starter
    last_ccc = 0
    for ch in s:
        cp = ord(ch)
        c = ccc(ch)
        if starter >= 0:
            st = ord(out[starter])
            blocked = last_ccc != 0 and last_ccc >= c or (last_ccc == 0 and starter != len(out) - 1)
            if not blocked:
                comp = None
                if _LBASE <= st < _LBASE + _LCOUNT and _VBASE <= cp < _VBASE + _VCOUNT:
                    comp = _SBASE + ((st - _LBASE) * _VCOUNT + (cp - _VBASE)) * _TCOUNT
                elif _SBASE <= st < _SBASE + _SCOUNT and (st - _SBASE) % _TCOUNT == 0 and \
                        _TBASE < cp < _TBASE + _TCOUNT:
                    comp = st + (cp - _TBASE)
                else:
                    comp = pairs.get((st, cp))
                if comp is not None:
                    out[starter] = chr(comp)
                    continue
        if c == 0:
            starter = len(out)
            last_ccc = 0
        else:
            last_ccc = c
        out.append(ch)
    return ''.join(out)


class UCD:
    """A Unicode database of another version: its functions are unicodedata's."""

    unidata_version = '3.2.0'

    def _prop(self, name, fname, chr_):
        cp = _code(fname, chr_)
        v = _table(name).get(cp)
        return getattr(_cur, fname)(chr_) if v is _MISSING else v

    def category(self, chr, /):
        return self._prop('category', 'category', chr)

    def bidirectional(self, chr, /):
        return self._prop('bidirectional', 'bidirectional', chr)

    def east_asian_width(self, chr, /):
        return self._prop('east_asian_width', 'east_asian_width', chr)

    def mirrored(self, chr, /):
        return self._prop('mirrored', 'mirrored', chr)

    def combining(self, chr, /):
        return self._prop('combining', 'combining', chr)

    def decomposition(self, chr, /):
        return self._prop('decomposition', 'decomposition', chr)

    def _number(self, name, chr_, default, error):
        cp = _code(name, chr_)
        v = _table(name).get(cp)
        if v is _MISSING:
            f = getattr(_cur, name)
            return f(chr_) if default is _MISSING else f(chr_, default)
        if v is None:
            if default is _MISSING:
                raise ValueError(error)
            return default
        return v

    def decimal(self, chr, default=_MISSING, /):
        return self._number('decimal', chr, default, 'not a decimal')

    def digit(self, chr, default=_MISSING, /):
        return self._number('digit', chr, default, 'not a digit')

    def numeric(self, chr, default=_MISSING, /):
        return self._number('numeric', chr, default, 'not a numeric character')

    def name(self, chr, default=_MISSING, /):
        cp = _code('name', chr)
        v = _table('name').get(cp)
        if v is _MISSING:
            return _cur.name(chr) if default is _MISSING else _cur.name(chr, default)
        if v is None:
            if default is _MISSING:
                raise ValueError('no such name')
            return default
        return v

    def lookup(self, name, /):
        c = _cur.lookup(name)
        # only the names of characters 3.2.0 has: no aliases, no named sequences
        if len(c) != 1 or self.name(c, None) != name.upper() and \
                self.name(c, None) != name:
            raise KeyError("undefined character name '%s'" % name)
        return c

    def normalize(self, form, unistr, /):
        if not isinstance(form, str):
            raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
        if not isinstance(unistr, str):
            raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
        if form not in ('NFC', 'NFKC', 'NFD', 'NFKD'):
            raise ValueError('invalid normalization form')
        s = _decompose(unistr, form in ('NFKC', 'NFKD'))
        return _compose(s) if form in ('NFC', 'NFKC') else s

    def is_normalized(self, form, unistr, /):
        return self.normalize(form, unistr) == unistr


UCD.__module__ = 'unicodedata'
ucd_3_2_0 = UCD()
