# re: regular expressions for safepy, with CPython 3.11's syntax, API and messages.
#
# This package owns the flags type, the compile cache, templates, and the Pattern and
# Match objects; re._parser parses, re._compiler compiles, and the C module _re matches
# (_re.match / _re.scan / _re.findall / _re.sub).
#
# Invariant: a program handed to _re only uses register and group numbers the compiler
# allocated; the C side checks every access anyway.

import _re
from _collections import _c_type_name
from re._parser import error, _MAXGROUPS, _future_warning, _parse, _DIGITS, _OCT, _SIMPLE_ESC, _ASCII_LETTERS
from re._compiler import (_Compiler, _SUCCESS, _first_char, _first_op, _anchored,
                          add_first_set)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'



# ---------------------------------------------------------------- flags

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
               (128, 'DEBUG')]
_FLAG_ORDER = [256, 2, 4, 32, 8, 16, 64, 1, 128]
_ALL_FLAGS = 511
_PATTERN_FLAG_ORDER = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
                       (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
                       (256, 'ASCII')]


class RegexFlag(int):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        neg = v < 0
        if neg:
            v = v & _ALL_FLAGS
        parts = []
        for bit in _FLAG_ORDER:
            if v & bit:
                for b, name in _FLAG_NAMES:
                    if b == bit:
                        parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec == '':
            return str(self)
        return format(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = []
        for bit in _FLAG_ORDER:
            if v & bit:
                for b, n in _FLAG_NAMES:
                    if b == bit:
                        names.append(n)
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        # a KEEP IntFlag's inversion: all bits up to the highest set one (or the flags'
        # own), so unknown bits stay visible: ~(I|S|X|(1<<20)) shows |0xffe00
        v = ~int(self)
        if v < 0:
            v += max(_ALL_FLAGS + 1, 2 ** v.bit_length())
        return RegexFlag(v)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)



def _compile_new(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    tree, st = _parse(pattern, flags)
    flags = st.flags
    ngroups = st.groups - 1
    c = _Compiler(2 * st.groups + 1)
    c.emit(tree)
    c.code.append(_SUCCESS)
    first = _first_op(c.code)
    if first < 0:
        first = add_first_set(c, tree)
    prog = _re.compile(c.code, c.nregs, ngroups, _first_char(tree),
                       1 if _anchored(tree) else 0, first)
    return Pattern(pattern, flags, prog, ngroups, st.groupdict)


# ---------------------------------------------------------------- objects

class _GroupIndex(dict):
    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _ro(self, *a, **k):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = _ro
    __delitem__ = _ro


_MAXSIZE = 9223372036854775807


def _check_subject(pattern, string):
    if isinstance(string, str):
        if not isinstance(pattern, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        # pieces are cut as exact str: a subclass's __getitem__ is not called (CPython
        # slices in C)
        return string if type(string) is str else str.__getitem__(string, slice(None))
    if type(string) is not bytes:
        # any contiguous buffer (bytearray, memoryview, array.array) is matched as bytes,
        # copied so that a callback changing it cannot move what is being matched
        try:
            view = memoryview(string)
            if not view.c_contiguous:
                raise ValueError
        except (TypeError, ValueError):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__) from None
        string = view.tobytes()
    if isinstance(pattern, str):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return string


class Pattern:
    def __init__(self, pattern, flags, prog, ngroups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._prog = prog
        self._stype = str if isinstance(pattern, str) else bytes
        self.groups = ngroups
        self._groupindex = _GroupIndex(groupindex)
        self._names = {}
        for k, v in groupindex.items():
            self._names[v] = k

    @property
    def groupindex(self):
        # CPython hands out a plain (fresh) dict when there are no named groups.
        if not self._groupindex:
            return {}
        return self._groupindex

    def __repr__(self):
        r = repr(self.pattern)[:200]
        fl = self.flags
        if isinstance(self.pattern, str):
            fl &= ~32
        if fl:
            names = []
            for bit, name in _PATTERN_FLAG_ORDER:
                if fl & bit:
                    names.append('re.' + name)
                    fl &= ~bit
            if fl:
                names.append(hex(fl))
            return 're.compile(%s, %s)' % (r, '|'.join(names))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def _run(self, string, pos, endpos, mode):
        s = _check_subject(self.pattern, string)
        return _re.match(self._prog, s, pos, endpos, mode, 0, Match, self, string,
                         self._groupindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        if pos == 0 and endpos == _MAXSIZE and type(string) is self._stype:
            return _re.match(self._prog, string, 0, endpos, 0, 0, Match, self, string,
                             self._groupindex)
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        if pos == 0 and endpos == _MAXSIZE and type(string) is self._stype:
            return _re.match(self._prog, string, 0, endpos, 2, 0, Match, self, string,
                             self._groupindex)
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s = _check_subject(self.pattern, string)
        return self._iter(string, s, pos, endpos)

    def _iter(self, string, s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        ep = n if endpos > n else (0 if endpos < 0 else endpos)
        adv = 0
        prog = self._prog
        gi = self._groupindex
        start = pos
        while pos <= ep:
            m = _re.match(prog, s, pos, endpos, 2, adv, Match, self, string, gi, start)
            if m is None:
                return
            yield m
            r = m._regs
            b = r[1]
            adv = 1 if r[0] == b else 0
            pos = b

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s = _check_subject(self.pattern, string)
        return _re.findall(self._prog, s, pos, endpos)

    def split(self, string, maxsplit=0):
        s = _check_subject(self.pattern, string)
        if maxsplit < 0:
            return [string if isinstance(string, (str, bytes)) else s[:]]
        return _re.split(self._prog, s, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        s = _check_subject(self.pattern, string)
        if callable(repl):
            fn = repl
            tmpl = None
        else:
            fn = None
            if not isinstance(repl, (str, bytes, bytearray)):
                # any bytes-like template (memoryview, array) for a bytes pattern
                data = None
                if not isinstance(self.pattern, str):
                    try:
                        data = bytes(memoryview(repl))
                    except TypeError:
                        pass
                if data is None:
                    raise TypeError('decoding to str: need a bytes-like object, %s found'
                                    % type(repl).__name__)
                if b'\\' in data:
                    hash(repl)  # CPython's template cache is keyed by it: TypeError if unhashable
                repl = data
            tmpl = _compile_template(self, repl)
            if isinstance(repl, str) == isinstance(s, str) and count >= 0:
                return _re.sub(self._prog, s, tmpl, count)
            if len(tmpl) == 1 and not isinstance(tmpl[0], int):
                fn = tmpl[0]
        parts = []
        last = 0
        n = 0
        if count < 0:
            return (s if isinstance(s, str) else bytes(s)), 0
        call = callable(fn)
        pos = 0
        adv = 0
        gi = self._groupindex
        while pos <= len(s) and (count == 0 or n < count):
            m = _re.match(self._prog, s, pos, _MAXSIZE, 2, adv, Match, self, string, gi, 0)
            if m is None:
                break
            regs = m._regs
            adv = 1 if regs[0] == regs[1] else 0
            pos = regs[1]
            if regs[0] > last:
                parts.append(s[last:regs[0]])
            if call:
                r = fn(m)
                if r is not None:
                    parts.append(r)
            elif fn is not None:
                if fn:
                    parts.append(fn)
            else:
                parts.append(_expand(tmpl, s, regs))
            last = regs[1]
            n += 1
        if last < len(s):
            parts.append(s[last:])
        if isinstance(s, str):
            return ''.join(parts), n
        return b''.join(parts), n


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = _check_subject(pattern.pattern, string)
        self._pos = pos
        self._start = pos
        self._endpos = endpos
        self._adv = 0

    def _step(self, mode):
        if self._pos is None:
            return None
        m = _re.match(self.pattern._prog, self._s, self._pos, self._endpos, mode,
                      self._adv, Match, self.pattern, self._string, self.pattern._groupindex,
                      self._start)
        if m is None:
            self._pos = None
            return None
        a, b = m.span()
        self._adv = 1 if a == b else 0
        self._pos = b
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match(_re.Match):
    # Group access, spans and repr are in C (_re.Match); this adds the Python-level parts.
    def expand(self, template):
        s = _check_subject(self.re.pattern, self.string)
        return _expand(_compile_template(self.re, template), s, self._regs)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


Pattern.__module__ = 're'
Match.__module__ = 're'


# ---------------------------------------------------------------- templates

def _compile_template(pattern, repl):
    # A list of literal pieces (str/bytes) and group numbers (ints).
    istext = isinstance(repl, str)
    text = repl if istext else ''.join(map(chr, repl))
    out = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err('bad escape (end of pattern)', i)
        d = text[i + 1]
        start = i
        i += 2
        g = None
        if d == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            j = text.find('>', i + 1)
            if j < 0:
                name = text[i + 1:]
                if not name:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:j]
            if not name:
                raise err('missing group name', i + 1)
            if name.isidentifier():
                if not (istext or name.isascii()):
                    _future_warning('bad character in group name %a at position %d'
                                    % (name, i + 1), DeprecationWarning)
                g = pattern.groupindex.get(name)
                if g is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                # what int() reads, as 3.11 does ('+1', '1_0': a DeprecationWarning)
                try:
                    g = int(name)
                    if g < 0:
                        raise ValueError
                except ValueError:
                    raise err('bad character in group name %r' % name, i + 1) from None
                if g >= _MAXGROUPS:
                    raise err('invalid group reference %d' % g, i + 1)
                if not (name.isdecimal() and name.isascii()):
                    _future_warning('bad character in group name %s at position %d'
                                    % (repr(name) if istext else ascii(name), i + 1),
                                    DeprecationWarning)
            if g > groups:
                raise err('invalid group reference %d' % g, i + 1)
            i = j + 1
        elif d == '0':
            digits = d
            while i < n and len(digits) < 3 and text[i] in _OCT:
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8)))
            continue
        elif d in _DIGITS:
            digits = d
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if digits[0] in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % digits, start)
                    lit.append(chr(v))
                    continue
            g = int(digits)
            if g > groups:
                raise err('invalid group reference %d' % g, start + 1)
        elif d in _SIMPLE_ESC:
            lit.append(chr(_SIMPLE_ESC[d]))
            continue
        elif d in _ASCII_LETTERS:
            raise err('bad escape \\%s' % d, start)
        else:
            lit.append('\\' + d)
            continue
        if lit:
            out.append(''.join(lit))
            lit = []
        out.append(g)
    if lit:
        out.append(''.join(lit))
    if not istext:
        out = [x if isinstance(x, int) else x.encode('latin-1') for x in out]
    return out


def _expand(tmpl, s, regs):
    parts = []
    for x in tmpl:
        if isinstance(x, int):
            a = regs[2 * x]
            b = regs[2 * x + 1]
            if a >= 0 and b >= 0:
                parts.append(s[a:b])
        else:
            parts.append(x)
    if isinstance(s, str):
        return ''.join(parts)
    return b''.join(parts)


# ---------------------------------------------------------------- module API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = _compile_new(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        for k in list(_cache)[:_MAXCACHE // 2]:
            del _cache[k]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


class Scanner:
    # Undocumented but public: tokenises with a lexicon of (pattern, action) pairs.
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._which = {}
        g = 1
        for i, (phrase, action) in enumerate(lexicon):
            parts.append('(' + (phrase if isinstance(phrase, str) else phrase.decode('latin-1'))
                         + ')')
            self._which[g] = i
            g += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            for g, idx in self._which.items():
                if m.start(g) >= 0:
                    k = idx
                    break
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

# C types in CPython: named re.Pattern / re.Match in messages, and not subclassable
_c_type_name(Pattern, True)
_c_type_name(Match, True)
del _c_type_name
