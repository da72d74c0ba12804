"""Tokenizer for Python source, as a generator of TokenInfo tuples (the token stream of
CPython 3.11's tokenize: COMMENT and NL tokens, ENCODING first from tokenize()).

One line is scanned at a time with one pattern (_PSEUDO) that finds the next token after
blanks; indentation, bracket depth, backslash continuations and strings running across
lines are the state kept between lines."""

import re
import codecs
from codecs import lookup, BOM_UTF8
import collections
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [n for n in dir(__import__('token')) if not n.startswith('_')] + [
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo',
    'TokenError', 'open']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        return ('TokenInfo(type=%d (%s), string=%r, start=%r, end=%r, line=%r)' %
                (self.type, tok_name[self.type], self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# The token patterns, under the public names CPython's tokenize gives them (other tools
# build on them: libcst compiles Floatnumber, Imagnumber and Intnumber). group() makes a
# capturing alternation, as CPython's does.
def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


tabsize = 8
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

_DIGITS = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _prefixes():
    # every casing of every valid string prefix, '' included
    out = {''}
    for p in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for word in (p, p[::-1]):
            casings = ['']
            for ch in word:
                casings = [c + x for c in casings for x in (ch, ch.upper())]
            out.update(casings)
    return sorted(out, key=len, reverse=True)


_PREFIXES = _prefixes()
StringPrefix = group(*[re.escape(p) for p in _PREFIXES])
# the rest of a string after its opening quote(s), up to and including the closing ones
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')
Special = group(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
Funny = group(r'\r?\n', Special)
PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
# a one-line string, or the start of one continued by a backslash at the end of the line
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# the patterns that end a string, by its prefix and opening quote(s)
endpats = {}
single_quoted = set()
triple_quoted = set()
for _p in _PREFIXES:
    for _q, _tail in (("'", Single), ('"', Double), ("'''", Single3), ('"""', Double3)):
        if _p:
            endpats[_p + _q] = _tail
        (triple_quoted if len(_q) == 3 else single_quoted).add(_p + _q)
    if not _p:
        endpats.update({"'": Single, '"': Double, "'''": Single3, '"""': Double3})
del _p, _q, _tail
_ENDS = {q: re.compile(endpats[q], re.S) for q in ("'", '"', "'''", '"""')}
_PSEUDO = re.compile(PseudoToken)


def _string_start(token):
    # (prefix length, quote) of a token that starts a string, or None
    for p in _PREFIXES:
        if token.startswith(p):
            rest = token[len(p):]
            for q in ("'''", '"""', "'", '"'):
                if rest.startswith(q):
                    return len(p), q
            return None
    return None


def _tokenize(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr = None  # (text so far, start, closing pattern, lines so far) of an open string
    last_line = b'' if encoding is not None else ''
    line = last_line
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if contstr is not None:
            text, strstart, endprog, contline = contstr
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            m = endprog.match(line)
            if m is None:
                contstr = (text + line, strstart, endprog, contline + line)
                continue
            pos = m.end()
            yield TokenInfo(STRING, text + line[:pos], strstart, (lnum, pos), contline + line)
            contstr = None
        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // 8 + 1) * 8
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end:
            m = _PSEUDO.match(line, pos)
            if m is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            if start == stop:
                pos = stop if stop > pos else pos + 1
                if stop == end:
                    break
                continue
            spos, epos, pos = (lnum, start), (lnum, stop), stop
            token, initial = line[start:stop], line[start]
            quoted = _string_start(token)
            if initial.isdigit() or (initial == '.' and token not in ('.', '...')):
                yield TokenInfo(NUMBER, token, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, token, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, token, spos, epos, line)
            elif quoted is not None and len(quoted[1]) == 3 and token.endswith(quoted[1]) and \
                    len(token) == quoted[0] + 3:
                endprog = _ENDS[quoted[1]]
                m = endprog.match(line, pos)
                if m is not None:
                    pos = m.end()
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    contstr = (line[start:], spos, endprog, line)
                    break
            elif quoted is not None:
                if token[-1] == '\n':  # continued on the next line by a backslash
                    contstr = (line[start:], spos, _ENDS[quoted[1]], line)
                    break
                yield TokenInfo(STRING, token, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, token, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, token, spos, epos, line)

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """Tokens of the str lines [readline] returns (no ENCODING token)."""
    return _tokenize(readline, None)


def _normal_encoding(name):
    name = name[:12].lower().replace('_', '-')
    if name == 'utf-8' or name.startswith('utf-8-'):
        return 'utf-8'
    if name in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            name.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """(encoding, the lines read) of the bytes source [readline] returns: a BOM or a coding
    cookie in the first two lines, else utf-8."""
    lines = []
    bom = False

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration') from None
        m = cookie_re.match(text)
        if m is None:
            return None
        enc = _normal_encoding(m.group(1))
        try:
            codecs.lookup(enc)
        except LookupError:
            raise SyntaxError('unknown encoding: ' + enc) from None
        if bom and enc != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        return enc + '-sig' if bom else enc

    first = read()
    if first.startswith(codecs.BOM_UTF8):
        bom = True
        first = first[3:]
    default = 'utf-8-sig' if bom else 'utf-8'
    if not first:
        return default, []
    lines.append(first)
    enc = cookie(first)
    if enc is not None:
        return enc, lines
    if not blank_re.match(first):
        return default, lines
    second = read()
    if not second:
        return default, lines
    lines.append(second)
    enc = cookie(second)
    return (enc if enc is not None else default), lines


def tokenize(readline):
    """Tokens of the bytes lines [readline] returns, an ENCODING token first."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        return readline()
    return _tokenize(lines, encoding)


def untokenize(iterable):
    """Source text (bytes when an ENCODING token came first) rebuilt from tokens; with
    full TokenInfo tuples the positions are kept, with (type, string) pairs only spacing
    enough to tokenize the same way."""
    out = []
    encoding = None
    row, col = 1, 0
    compat = False
    prev = None
    indents = []
    startline = True
    for tok in iterable:
        if len(tok) == 2 or compat:
            compat = True
            ttype, text = tok[0], tok[1]
            if ttype == ENCODING:
                encoding = text
                continue
            if ttype in (NAME, NUMBER):
                text += ' '
            if ttype == INDENT:
                indents.append(text)
                continue
            if ttype == DEDENT:
                indents.pop()
                continue
            if ttype in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            if prev == STRING and ttype == STRING:
                text = ' ' + text
            out.append(text)
            prev = ttype
            continue
        ttype, text, (srow, scol) = tok[0], tok[1], tok[2]
        if ttype == ENCODING:
            encoding = text
            continue
        if ttype == ENDMARKER:
            break
        if srow > row:
            out.append('\\\n' * (srow - row))
            row, col = srow, 0
        if scol > col:
            out.append(' ' * (scol - col))
        out.append(text)
        row, col = tok[3]
        if ttype in (NEWLINE, NL):
            row, col = row + 1, 0
    result = ''.join(out)
    return result.encode(encoding) if encoding is not None else result


def open(filename):
    """The file [filename] opened for reading as text in the encoding detect_encoding
    finds."""
    import io
    buffer = io.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise
