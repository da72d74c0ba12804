"""Header values with RFC 2047 encoded words: decode_header, make_header, Header.

safepy's own implementation; CPython 3.11 is the oracle (the folding of long
values included)."""

__all__ = ['Header', 'decode_header', 'make_header']

import binascii
import re

import email.base64mime
import email.quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# an encoded word: =?charset?q-or-b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                  re.MULTILINE)
# a field name with its colon
fcre = re.compile(r'[\041-\176]+:$')
# a header hidden in a value (header injection)
_embedded_header = re.compile(r'\n[^ \t]+:')


def _split_encoded_words(header):
    """(text, encoding, charset) of the pieces of a header value: plain text has
    encoding None; blanks between two encoded words are dropped."""
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for at in range(1, len(pieces), 4):
            charset, encoding, encoded, plain = pieces[at:at + 4]
            words.append((encoded, encoding.lower(), charset.lower()))
            if plain:
                words.append((plain, None, None))
    kept = []
    for n, word in enumerate(words):
        if (0 < n < len(words) - 1 and word[0].isspace()
                and words[n - 1][1] and words[n + 1][1]):
            continue
        kept.append(word)
    return kept


def _decode_word(text, encoding):
    if encoding is None:
        return text
    if encoding == 'q':
        return email.quoprimime.header_decode(text)
    missing = len(text) % 4
    if missing:
        text += '==='[:4 - missing]
    try:
        return email.base64mime.decode(text)
    except binascii.Error:
        raise HeaderParseError('Base64 decoding error')


def decode_header(header):
    """(text, charset) pairs of a header value: encoded words decoded to bytes
    with their charset; plain text (charset None) stays a str unless the value
    has encoded words.  Adjacent pieces of one charset are joined."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(string, str(charset)), str(charset))
                for string, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    pairs = []
    for text, encoding, charset in _split_encoded_words(header):
        word = _decode_word(text, encoding)
        if isinstance(word, str):
            word = bytes(word, 'raw-unicode-escape')
        if pairs and pairs[-1][1] == charset:
            joined = pairs[-1][0] + (BSPACE if charset is None else b'') + word
            pairs[-1] = (joined, charset)
        else:
            pairs.append((word, charset))
    return pairs


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header of (text, charset) pairs as decode_header() returns them."""
    header = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        header.append(text, charset)
    return header


def _is_break(text):
    """True for text that separates words without a space (blank, parenthesis,
    backslash)."""
    return text.isspace() or text in ('(', ')', '\\')


class Header:
    """A header value made of chunks of text, each with its charset; encode()
    writes it with encoded words, folded to the line length."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def append(self, s, charset=None, errors='strict'):
        """Add text in a charset (the header's by default); bytes are decoded with
        it; ASCII-only text that does not fit us-ascii falls back to utf-8."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        codec = charset.output_codec or 'us-ascii'
        if codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(codec, errors)
            except UnicodeEncodeError:
                if codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _normalize(self):
        """Join neighbouring chunks of one charset (with a space)."""
        merged = []
        for string, charset in self._chunks:
            if merged and merged[-1][1] == charset:
                merged[-1][0].append(string)
            else:
                merged.append(([string], charset))
        self._chunks = [(SPACE.join(strings), charset) for strings, charset in merged]

    def __str__(self):
        """The text of the header, a space between an encoded and a plain chunk
        when neither has a break there."""
        self._normalize()
        out = []
        last_cs = None
        last_break = None
        for string, charset in self._chunks:
            next_cs = charset
            if next_cs == _charset.UNKNOWN8BIT:
                string = string.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                starts_break = string and _is_break(string[0])
                if last_cs not in (None, 'us-ascii'):
                    if next_cs in (None, 'us-ascii') and not starts_break:
                        out.append(SPACE)
                        next_cs = None
                elif next_cs not in (None, 'us-ascii') and not last_break:
                    out.append(SPACE)
            last_break = string and _is_break(string[-1])
            last_cs = next_cs
            out.append(string)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header as RFC 2822 text: non-ASCII chunks as encoded words, lines
        folded at maxlinelen (0: never) preferring a break after the earliest
        of splitchars; the first line leaves room for the header name."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        last_cs = None
        last_break = None
        first = True
        for string, charset in self._chunks:
            if not first:
                starts_break = string and _is_break(string[0])
                if last_cs not in (None, 'us-ascii'):
                    if not starts_break or charset not in (None, 'us-ascii'):
                        folder.add_transition()
                elif charset not in (None, 'us-ascii') and not last_break:
                    folder.add_transition()
            first = False
            last_break = string and _is_break(string[-1])
            last_cs = charset
            lines = string.splitlines()
            folder.feed('', lines[0] if lines else '', charset)
            for line in lines[1:]:
                folder.newline()
                stripped = line.lstrip()
                if charset.header_encoding is not None:
                    folder.feed(self._continuation_ws, ' ' + stripped, charset)
                else:
                    folder.feed(line[:len(line) - len(stripped)], stripped, charset)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        value = folder.result(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value


class _Folder:
    """Lines being filled with (blank, word) pieces; a piece that makes the line
    too long moves the line's end after the best break to a new line."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.continuation_ws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.pieces = []
        self.offset = headerlen     # room taken by 'Name: ' on the first line

    def width(self):
        return self.offset + sum(len(blank) + len(word) for blank, word in self.pieces)

    def text(self):
        return EMPTYSTRING.join(blank + word for blank, word in self.pieces)

    def _start_line(self, pieces=()):
        self.pieces = list(pieces)
        self.offset = 0

    def result(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        """End the current line (a pending transition is dropped)."""
        if self.pieces and self.pieces[-1] == (' ', ''):
            self.pieces.pop()
        if self.width() > 0:
            text = self.text()
            if self.offset == 0 and (not text or text.isspace()) and self.lines:
                self.lines[-1] += text
            else:
                self.lines.append(text)
        self._start_line()

    def add_transition(self):
        self.pieces.append((' ', ''))

    def feed(self, blank, string, charset):
        if charset.header_encoding is None:
            pieces = re.split('([' + FWS + ']+)', blank + string)
            if pieces[0]:
                pieces.insert(0, '')
            else:
                del pieces[0]
            for at in range(0, len(pieces) - 1, 2):
                self._add(pieces[at], pieces[at + 1])
            return
        encoded = charset.header_encode_lines(string, self._room())
        if not encoded:
            return
        if encoded[0] is not None:
            self._add(blank, encoded[0])
        if len(encoded) == 1:
            return
        self.newline()
        self.pieces.append((self.continuation_ws, encoded[-1]))
        for line in encoded[1:-1]:
            self.lines.append(self.continuation_ws + line)

    def _room(self):
        yield self.maxlen - self.width()
        while True:
            yield self.maxlen - len(self.continuation_ws)

    def _break_index(self):
        """Where to break the line: before the last piece whose blank starts with
        a blank splitchar, or that follows a word ending with one (the
        splitchars tried in order); None when there is no such place."""
        for ch in self.splitchars:
            for i in range(len(self.pieces) - 1, 0, -1):
                if ch.isspace() and self.pieces[i][0][:1] == ch:
                    return i
                before = self.pieces[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _add(self, blank, word):
        self.pieces.append((blank, word))
        if self.width() <= self.maxlen:
            return
        at = self._break_index()
        if at is None:
            blank, word = self.pieces.pop()
            if self.offset > 0:
                self.newline()
                blank = blank or ' '
            self.pieces.append((blank, word))
            return
        rest = self.pieces[at:]
        del self.pieces[at:]
        self.lines.append(self.text())
        self._start_line(rest)
