# re._parser: the regular-expression parser (pattern text -> tree) with CPython 3.11's
# syntax and error messages (positions included), and the re.error exception.
#
# Invariant: every tree it returns refers only to groups that exist and are closed where
# they are referenced; widths of lookbehind bodies are fixed.

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823

_F_TYPES = 256 | 4 | 32
_F_GLOBAL = 1 | 128
_INLINE = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}


# ---------------------------------------------------------------- errors

class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


# ---------------------------------------------------------------- parser
#
# Tree nodes are tuples:
#   ('lit', cp, icase)  icase: -1 none, 0 ASCII folding, 1 Unicode folding
#   ('set', negate, items, icase)  items: ('c', cp) ('r', lo, hi) ('cat', k)
#   ('any', dotall)  ('cat', k)  ('at', kind)  ('ref', group, icase)
#   ('group', index or None, node)  ('seq', [nodes])  ('alt', [nodes])
#   ('rep', min, max, mode, node)  mode: 0 greedy, 1 lazy, 2 possessive; max -1: none
#   ('atomic', node)  ('look', behind, negate, node)  ('cond', group, yes, no)
# Categories k: 0 \d 1 \D 2 \s 3 \S 4 \w 5 \W, plus 6 for the Unicode variants.
# Assertions: 0 \A or ^, 1 ^ MULTILINE, 2 $, 3 $ MULTILINE, 4 \Z, 5/6 \b \B ASCII,
# 7/8 \b \B Unicode.

_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_WS = ' \t\n\r\v\f'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SIMPLE_ESC = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_CATS = {'d': 0, 'D': 1, 's': 2, 'S': 3, 'w': 4, 'W': 5}


class _State:
    def __init__(self, pattern, text, flags):
        self.pattern = pattern
        self.text = text          # the pattern as a str (bytes: one char per byte)
        self.istext = isinstance(pattern, str)
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.lookbehind = None
        self.refpos = {}
        self.gwidth = {}

    # -- tokens: a char, or backslash + char
    def peek(self):
        t = self.text
        i = self.i
        if i >= len(t):
            return None
        c = t[i]
        if c == '\\':
            if i + 1 >= len(t):
                raise error('bad escape (end of pattern)', self.pattern, len(t) - 1)
            return t[i:i + 2]
        return c

    def get(self):
        tok = self.peek()
        if tok is not None:
            self.i += len(tok)
        return tok

    def match(self, c):
        if self.peek() == c:
            self.i += len(c)
            return True
        return False

    def err(self, msg, back=0):
        # a bytes pattern's message shows its non-ASCII bytes escaped, as CPython's does
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.pattern, self.i - back)

    def getwhile(self, n, chars):
        out = ''
        while len(out) < n:
            c = self.peek()
            if c is None or c not in chars:
                break
            out += c
            self.i += 1
        return out

    def getuntil(self, term, what):
        out = ''
        while True:
            c = self.peek()
            if c is None:
                if not out:
                    raise self.err('missing ' + what)
                raise self.err('missing %s, unterminated name' % term, len(out))
            self.i += len(c)
            if c == term:
                if not out:
                    raise self.err('missing ' + what, 1)
                return out
            out += c

    def checkname(self, name, back):
        if not name.isidentifier():
            raise self.err('bad character in group name %r' % name, back + len(name))
        if not (self.istext or name.isascii()):
            _future_warning('bad character in group name %a at position %d'
                            % (name, self.i - len(name) - back), DeprecationWarning)

    def icase(self, flags):
        if not flags & 2:
            return -1
        if not self.istext or flags & 256:
            return 0
        return 1

    def uni(self, flags):
        return self.istext and not flags & 256


def _parse_alt(st, flags, nested, first=False):
    branches = [_parse_seq(st, flags, nested, first)]
    while st.match('|'):
        if nested == 0:
            flags = st.flags
        branches.append(_parse_seq(st, flags, nested, False))
    if len(branches) == 1:
        return branches[0]
    return ('alt', branches)


def _single(node):
    return node[0] in ('lit', 'set', 'any', 'cat')


def _parse_seq(st, flags, nested, first):
    items = []
    verbose = flags & 64
    while True:
        tok = st.peek()
        if tok is None or tok == '|' or tok == ')':
            break
        st.i += len(tok)
        if verbose:
            if tok in _WS:
                continue
            if tok == '#':
                while True:
                    c = st.get()
                    if c is None or c == '\n':
                        break
                continue
        if tok[0] == '\\':
            items.append(_escape(st, tok, flags))
        elif tok == '[':
            items.append(_parse_class(st, flags))
        elif tok == '.':
            items.append(('any', 1 if flags & 16 else 0))
        elif tok == '^':
            items.append(('at', 1 if flags & 8 else 0))
        elif tok == '$':
            items.append(('at', 3 if flags & 8 else 2))
        elif tok in '*+?{':
            here = st.i - 1
            if tok == '{':
                if st.peek() == '}':
                    items.append(('lit', 123, st.icase(flags)))
                    continue
                save = st.i
                lo = st.getwhile(1 << 30, _DIGITS)
                hi = lo
                if st.match(','):
                    hi = st.getwhile(1 << 30, _DIGITS)
                if not st.match('}'):
                    st.i = save
                    items.append(('lit', 123, st.icase(flags)))
                    continue
                mn = int(lo) if lo else 0
                mx = int(hi) if hi else -1
                if mn >= _MAXREPEAT or mx >= _MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
                if mx >= 0 and mx < mn:
                    raise error('min repeat greater than max repeat', st.pattern, save)
            elif tok == '*':
                mn, mx = 0, -1
            elif tok == '+':
                mn, mx = 1, -1
            else:
                mn, mx = 0, 1
            if not items or items[-1][0] == 'at':
                raise error('nothing to repeat', st.pattern, here)
            last = items[-1]
            if last[0] == 'rep':
                raise error('multiple repeat', st.pattern, here)
            if last[0] == 'group' and last[1] is None and len(last) == 3:
                last = last[2]
            mode = 0
            if st.match('?'):
                mode = 1
            elif st.match('+'):
                mode = 2
            items[-1] = ('rep', mn, mx, mode, last)
        elif tok == '(':
            node = _parse_group(st, flags, nested, first and not items)
            if node is None:
                continue
            if node == 'global':
                flags = st.flags | (flags & ~_F_TYPES if st.flags & _F_TYPES else flags)
                verbose = flags & 64
                continue
            items.append(node)
        else:
            items.append(('lit', ord(tok), st.icase(flags)))
    # A repeat applied to a finished item may not be repeated again: mark them.
    if len(items) == 1:
        return items[0]
    return ('seq', items)


def _parse_flags(st, c):
    add = 0
    rem = 0
    if c != '-':
        while True:
            f = _INLINE[c]
            if st.istext:
                if c == 'L':
                    raise st.err("bad inline flags: cannot use 'L' flag with a str pattern")
            elif c == 'u':
                raise st.err("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= f
            if f & _F_TYPES and add & _F_TYPES != f:
                raise st.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            c = st.get()
            if c is None:
                raise st.err('missing -, : or )')
            if c in ')-:':
                break
            if c not in _INLINE:
                raise st.err('unknown flag' if c.isalpha() else 'missing -, : or )', len(c))
    if c == ')':
        return add
    if add & _F_GLOBAL:
        raise st.err('bad inline flags: cannot turn on global flag', 1)
    if c == '-':
        c = st.get()
        if c is None:
            raise st.err('missing flag')
        if c not in _INLINE:
            raise st.err('unknown flag' if c.isalpha() else 'missing flag', len(c))
        while True:
            f = _INLINE[c]
            if f & _F_TYPES:
                raise st.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            rem |= f
            c = st.get()
            if c is None:
                raise st.err('missing :')
            if c == ':':
                break
            if c not in _INLINE:
                raise st.err('unknown flag' if c.isalpha() else 'missing :', len(c))
    if rem & _F_GLOBAL:
        raise st.err('bad inline flags: cannot turn off global flag', 1)
    if add & rem:
        raise st.err('bad inline flags: flag turned on and off', 1)
    return add, rem


def _parse_group(st, flags, nested, first):
    start = st.i - 1
    name = None
    capture = True
    atomic = False
    subflags = flags
    if st.match('?'):
        c = st.get()
        if c is None:
            raise st.err('unexpected end of pattern')
        if c == 'P':
            if st.match('<'):
                name = st.getuntil('>', 'group name')
                st.checkname(name, 1)
            elif st.match('='):
                name = st.getuntil(')', 'group name')
                st.checkname(name, 1)
                g = st.groupdict.get(name)
                if g is None:
                    raise st.err('unknown group name %r' % name, len(name) + 1)
                if g in st.open:
                    raise st.err('cannot refer to an open group', len(name) + 1)
                _check_lookbehind_ref(st, g)
                return ('ref', g, st.icase(flags), st.gwidth.get(g, (0, _MAXREPEAT)))
            else:
                c = st.get()
                if c is None:
                    raise st.err('unexpected end of pattern')
                raise st.err('unknown extension ?P' + c, len(c) + 2)
        elif c == ':':
            capture = False
        elif c == '#':
            while True:
                c = st.get()
                if c is None:
                    raise error('missing ), unterminated comment', st.pattern, start)
                if c == ')':
                    return None
        elif c in '=!<':
            behind = False
            if c == '<':
                c = st.get()
                if c is None:
                    raise st.err('unexpected end of pattern')
                if c not in '=!':
                    raise st.err('unknown extension ?<' + c, len(c) + 2)
                behind = True
            saved = st.lookbehind
            if behind and saved is None:
                st.lookbehind = st.groups
            body = _parse_alt(st, flags, nested + 1)
            if behind and saved is None:
                st.lookbehind = None
            if not st.match(')'):
                raise error('missing ), unterminated subpattern', st.pattern, start)
            if behind:
                lo, hi = _width(body)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
            return ('look', behind, c == '!', body)
        elif c == '(':
            cname = st.getuntil(')', 'group name')
            if cname.isidentifier():
                st.checkname(cname, 1)
                g = st.groupdict.get(cname)
                if g is None:
                    raise st.err('unknown group name %r' % cname, len(cname) + 1)
            else:
                # 3.11 still takes what int() reads ('+1', '1_0', other scripts' digits)
                # with a DeprecationWarning when it is not plain ASCII digits
                try:
                    g = int(cname)
                    if g < 0:
                        raise ValueError
                except ValueError:
                    raise st.err('bad character in group name %r' % cname,
                                 len(cname) + 1) from None
                if g == 0:
                    raise st.err('bad group number', len(cname) + 1)
                if g >= _MAXGROUPS:
                    raise st.err('invalid group reference %d' % g, len(cname) + 1)
                if g not in st.refpos:
                    st.refpos[g] = st.i - len(cname) - 1
                if not (cname.isdecimal() and cname.isascii()):
                    _future_warning('bad character in group name %s at position %d'
                                    % (repr(cname) if st.istext else ascii(cname),
                                       st.i - len(cname) - 1), DeprecationWarning)
            _check_lookbehind_ref(st, g)
            yes = _parse_seq(st, flags, nested + 1, False)
            no = None
            if st.match('|'):
                no = _parse_seq(st, flags, nested + 1, False)
                if st.peek() == '|':
                    raise st.err('conditional backref with more than two branches')
            if not st.match(')'):
                raise error('missing ), unterminated subpattern', st.pattern, start)
            return ('cond', g, yes, no)
        elif c == '>':
            capture = False
            atomic = True
        elif c in _INLINE or c == '-':
            fl = _parse_flags(st, c)
            if isinstance(fl, int):
                if not first:
                    raise error('global flags not at the start of the expression',
                                st.pattern, start)
                st.flags |= fl
                return 'global'
            add, rem = fl
            capture = False
            subflags = (flags | add) & ~rem
            if add & _F_TYPES:
                subflags = (subflags & ~_F_TYPES) | (add & _F_TYPES)
        else:
            raise st.err('unknown extension ?' + c, len(c) + 1)
    gi = None
    if capture:
        gi = st.groups
        st.groups += 1
        if gi >= _MAXGROUPS:
            raise st.err('too many groups', 0)
        if name is not None:
            old = st.groupdict.get(name)
            if old is not None:
                raise st.err('redefinition of group name %r as group %d; was group %d'
                             % (name, gi, old), len(name) + 1)
            st.groupdict[name] = gi
        st.open.append(gi)
    body = _parse_alt(st, subflags, nested + 1)
    if not st.match(')'):
        raise error('missing ), unterminated subpattern', st.pattern, start)
    if gi is not None:
        st.open.remove(gi)
        st.gwidth[gi] = _width(body)
    if atomic:
        return ('atomic', body)
    if gi is None and subflags == flags:
        return ('group', None, body)
    return ('group', gi, body, 0)


def _check_lookbehind_ref(st, g):
    if st.lookbehind is not None:
        if g >= st.lookbehind:
            raise st.err('cannot refer to group defined in the same lookbehind subpattern')


def _hexval(st, esc, n, what):
    digits = st.getwhile(n, _HEX)
    esc += digits
    if len(digits) != n:
        raise st.err('incomplete escape %s' % esc, len(esc))
    return esc, int(digits, 16)


def _escape_code(st, tok, flags, inclass):
    # Literal code point of escape [tok] (already consumed), or a node for classes.
    c = tok[1]
    if c in _SIMPLE_ESC and (c != 'b' or inclass):
        return _SIMPLE_ESC[c]
    if c == 'x':
        esc, v = _hexval(st, tok, 2, 'x')
        return v
    if c in 'uU' and st.istext:
        esc, v = _hexval(st, tok, 4 if c == 'u' else 8, c)
        if v > 0x10FFFF:
            raise st.err('bad escape %s' % esc, len(esc))
        return v
    if c == 'N' and st.istext:
        if not st.match('{'):
            raise st.err('missing {')
        name = st.getuntil('}', 'character name')
        v = _lookup_name(name)
        if v == -1:
            # a name unicodedata cannot take (a lone surrogate): CPython's message
            raise st.err('bad escape %s' % tok, len(tok))
        if v is None:
            raise st.err('undefined character name %r' % name, len(name) + 4)
        return v
    if c == '0':
        digits = st.getwhile(2, _OCT)
        return int('0' + digits, 8)
    if inclass and c in _OCT:
        esc = tok + st.getwhile(2, _OCT)
        v = int(esc[1:], 8)
        if v > 0o377:
            raise st.err('octal escape value %s outside of range 0-0o377' % esc, len(esc))
        return v
    if c in _ASCII_LETTERS or (inclass and c in _DIGITS):
        raise st.err('bad escape %s' % tok, len(tok))
    return ord(c)


def _lookup_name(name):
    try:
        import unicodedata
    except ImportError:
        return None
    try:
        return ord(unicodedata.lookup(name))
    except (KeyError, TypeError):
        return None
    except ValueError:
        return -1


def _cat(st, flags, k):
    return k + 6 if st.uni(flags) else k


def _escape(st, tok, flags):
    c = tok[1]
    if c in _CATS:
        return ('cat', _cat(st, flags, _CATS[c]))
    if c == 'A':
        return ('at', 0)
    if c == 'Z':
        return ('at', 4)
    if c == 'b':
        return ('at', 7 if st.uni(flags) else 5)
    if c == 'B':
        return ('at', 8 if st.uni(flags) else 6)
    if c in _DIGITS and c != '0':
        esc = tok
        if st.peek() is not None and st.peek() in _DIGITS:
            esc += st.get()
            if esc[1] in _OCT and esc[2] in _OCT and st.peek() is not None \
                    and st.peek() in _OCT:
                esc += st.get()
                v = int(esc[1:], 8)
                if v > 0o377:
                    raise st.err('octal escape value %s outside of range 0-0o377' % esc,
                                 len(esc))
                return ('lit', v, st.icase(flags))
        g = int(esc[1:])
        if g < st.groups:
            if g in st.open:
                raise st.err('cannot refer to an open group', len(esc))
            _check_lookbehind_ref(st, g)
            return ('ref', g, st.icase(flags), st.gwidth.get(g, (0, _MAXREPEAT)))
        raise st.err('invalid group reference %d' % g, len(esc) - 1)
    return ('lit', _escape_code(st, tok, flags, False), st.icase(flags))


def _class_item(st, tok, flags):
    if tok[0] == '\\':
        c = tok[1]
        if c in _CATS:
            return ('cat', _cat(st, flags, _CATS[c]))
        return ('c', _escape_code(st, tok, flags, True))
    return ('c', ord(tok))


_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
            '|': 'union'}


def _future_warning(msg, category=FutureWarning):
    # FutureWarning for syntax that may change meaning (nested sets, set operations),
    # DeprecationWarning for group names 3.12 rejects, attributed to the first caller
    # outside the re package, as CPython's are.
    import sys
    import warnings
    level = 1
    f = sys._getframe(0)
    while f is not None and f.f_globals.get('__name__') in ('re', 're._parser', 're._compiler'):
        level += 1
        f = f.f_back
    warnings.warn(msg, category, stacklevel=level)


def _parse_class(st, flags):
    here = st.i - 1
    items = []
    if st.peek() == '[':
        _future_warning('Possible nested set at position %d' % st.i)
    neg = st.match('^')
    while True:
        tok = st.get()
        if tok is None:
            raise error('unterminated character set', st.pattern, here)
        if tok == ']' and items:
            break
        if items and tok in _SET_OPS and st.peek() == tok:
            _future_warning('Possible set %s at position %d' % (_SET_OPS[tok], st.i - 1))
        a = _class_item(st, tok, flags)
        if st.match('-'):
            tok2 = st.get()
            if tok2 is None:
                raise error('unterminated character set', st.pattern, here)
            if tok2 == ']':
                items.append(a)
                items.append(('c', 45))
                break
            if tok2 == '-':
                _future_warning('Possible set difference at position %d' % (st.i - 2))
            b = _class_item(st, tok2, flags)
            if a[0] != 'c' or b[0] != 'c' or b[1] < a[1]:
                raise st.err('bad character range %s-%s' % (tok, tok2),
                             len(tok) + 1 + len(tok2))
            items.append(('r', a[1], b[1]))
        else:
            items.append(a)
    return ('set', neg, items, st.icase(flags))


def _width(node):
    k = node[0]
    if k in ('lit', 'set', 'any', 'cat'):
        return 1, 1
    if k in ('at', 'look'):
        return 0, 0
    if k == 'group':
        return _width(node[2])
    if k == 'atomic':
        return _width(node[1])
    if k == 'seq':
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi += b
        return lo, hi
    if k == 'alt':
        ws = [_width(n) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == 'rep':
        a, b = _width(node[4])
        mx = node[2]
        return a * node[1], (_MAXREPEAT if mx < 0 and b > 0 else b * (mx if mx >= 0 else 0))
    if k == 'cond':
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    if k == 'ref':
        return node[3]
    return 0, 0


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _parse(pattern, flags):
    if isinstance(pattern, str):
        text = pattern
    else:
        text = ''.join(map(chr, pattern))
    st = _State(pattern, text, flags)
    tree = _parse_alt(st, flags, 0, True)
    # as CPython: incompatible flags (inline ones included) are reported before an
    # unbalanced ')' or a bad group reference
    st.flags = _fix_flags(pattern, st.flags)
    if st.peek() is not None:
        if st.peek() == ')':
            raise st.err('unbalanced parenthesis')
        raise st.err('bad pattern')
    for g in st.refpos:
        if g >= st.groups:
            raise error('invalid group reference %d' % g, pattern, st.refpos[g])
    return tree, st
