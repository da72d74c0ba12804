"""tomllib: a parser for TOML 1.0.0 documents (load/loads -> dict).

A recursive-descent reader over the whole document string.  Values become str, int,
float (or what parse_float returns), bool, list, dict, and datetime/date/time objects.
Errors are TOMLDecodeError ending in '(at line L, column C)' or '(at end of document)'.

Invariant: _Doc.declared holds the key paths that a [header] or a dotted key has made a
table; _Doc.frozen holds the paths of inline tables and arrays, which (with everything
below them) are never changed again; no key is ever assigned twice.
"""

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """The text is not a valid TOML document."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    text = s.replace("\r\n", "\n")
    if parse_float is not float:
        user_float = parse_float

        def parse_float(text):
            v = user_float(text)
            if isinstance(v, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return v
    return _Doc(text, parse_float).read_document()


_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_SPACE = frozenset(" \t")
_SPACE_NL = frozenset(" \t\n")
_HEX = frozenset("0123456789abcdefABCDEF")
_CONTROL = frozenset(chr(c) for c in range(32)) | {"\x7f"}
_BAD_IN_LINE = _CONTROL - {"\t"}          # one-line strings and comments
_BAD_IN_BLOCK = _CONTROL - {"\t", "\n"}   # multi-line strings
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_TIME = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
_DATETIME_RE = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?", re.ASCII)
_TIME_RE = re.compile(_TIME, re.ASCII)
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)"
    r"(?P<frac>(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)", re.ASCII)


class _Doc:
    """The reading state for one document."""

    def __init__(self, text, parse_float):
        self.text = text
        self.i = 0
        self.parse_float = parse_float
        self.root = {}
        self.declared = set()
        self.frozen = set()
        self.dotted = []    # namespaces made by dotted keys since the last header

    # -- positions and errors
    def error(self, msg, at=None):
        at = self.i if at is None else at
        text = self.text
        if at >= len(text):
            where = "end of document"
        else:
            line = text.count("\n", 0, at) + 1
            col = at + 1 if line == 1 else at - text.rindex("\n", 0, at)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self, n=1):
        return self.text[self.i:self.i + n]

    def skip(self, chars):
        text, i, n = self.text, self.i, len(self.text)
        while i < n and text[i] in chars:
            i += 1
        self.i = i

    def skip_comment(self):
        if self.peek() != "#":
            return
        end = self.text.find("\n", self.i)
        if end < 0:
            end = len(self.text)
        for j in range(self.i + 1, end):
            if self.text[j] in _BAD_IN_LINE:
                self.i = j
                raise self.error(f"Found invalid character {self.text[j]!r}")
        self.i = end

    def skip_blank(self):
        # spaces, newlines and comments (inside arrays)
        while True:
            start = self.i
            self.skip(_SPACE_NL)
            self.skip_comment()
            if self.i == start:
                return

    def is_frozen(self, path):
        return any(path[:k] in self.frozen for k in range(1, len(path) + 1))

    # -- the document
    def read_document(self):
        table = ()
        while True:
            self.skip(_SPACE)
            c = self.peek()
            if not c:
                break
            if c == "\n":
                self.i += 1
                continue
            if c in _KEY_START:
                self.assign(table)
            elif c == "[":
                self.declared.update(self.dotted)
                self.dotted = []
                table = self.array_header() if self.peek(2) == "[[" else self.table_header()
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip(_SPACE)
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.i += 1
        return self.root

    def table_at(self, path):
        """The dict at [path] (made as needed; arrays of tables lead to their last
        element), or KeyError when a non-table value is in the way."""
        d = self.root
        for k in path:
            d = d.setdefault(k, {})
            if isinstance(d, list):
                d = d[-1]
            if not isinstance(d, dict):
                raise KeyError(k)
        return d

    def table_header(self):
        self.i += 1
        self.skip(_SPACE)
        path = self.key()
        if path in self.declared or self.is_frozen(path):
            raise self.error(f"Cannot declare {path} twice")
        self.declared.add(path)
        try:
            self.table_at(path)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.i += 1
        return path

    def array_header(self):
        self.i += 2
        self.skip(_SPACE)
        path = self.key()
        if self.is_frozen(path):
            raise self.error(f"Cannot mutate immutable namespace {path}")
        # A new element: what was declared inside the previous one no longer counts.
        n = len(path)
        self.declared = {p for p in self.declared if p[:n] != path or len(p) == n}
        self.frozen = {p for p in self.frozen if p[:n] != path}
        self.declared.add(path)
        try:
            parent = self.table_at(path[:-1])
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        items = parent.setdefault(path[-1], [])
        if not isinstance(items, list):
            raise self.error("Cannot overwrite a value")
        items.append({})
        if self.peek(2) != "]]":
            raise self.error("Expected ']]' at the end of an array declaration")
        self.i += 2
        return path

    def assign(self, table):
        key, value = self.pair()
        for k in range(1, len(key)):
            ns = table + key[:k]
            if ns in self.declared:
                raise self.error(f"Cannot redefine namespace {ns}")
            self.dotted.append(ns)
        parent = table + key[:-1]
        if self.is_frozen(parent):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        try:
            d = self.table_at(parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in d:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.frozen.add(table + key)
        d[key[-1]] = value

    def pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.i += 1
        self.skip(_SPACE)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_SPACE)
        while self.peek() == ".":
            self.i += 1
            self.skip(_SPACE)
            parts.append(self.key_part())
            self.skip(_SPACE)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE:
            start = self.i
            self.skip(_BARE)
            return self.text[start:self.i]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.i += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values
    def value(self):
        text, i = self.text, self.i
        c = self.peek()
        if c == '"':
            if text.startswith('"""', i):
                return self.block_string('"')
            self.i += 1
            return self.basic_string(False)
        if c == "'":
            if text.startswith("'''", i):
                return self.block_string("'")
            return self.literal_string()
        if c == "t" and text.startswith("true", i):
            self.i += 4
            return True
        if c == "f" and text.startswith("false", i):
            self.i += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(text, i)
        if m:
            try:
                v = _datetime_of(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.i = m.end()
            return v
        m = _TIME_RE.match(text, i)
        if m:
            self.i = m.end()
            h, mi, s, frac = m.groups()
            return time(int(h), int(mi), int(s), int(frac.ljust(6, "0")) if frac else 0)
        m = _NUMBER_RE.match(text, i)
        if m:
            self.i = m.end()
            if m.group("frac"):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if text.startswith(word, i):
                self.i += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.i += 1
        items = []
        self.skip_blank()
        while self.peek() != "]":
            items.append(self.value())
            self.skip_blank()
            c = self.peek()
            if c == "]":
                break
            if c != ",":
                raise self.error("Unclosed array")
            self.i += 1
            self.skip_blank()
        self.i += 1
        return items

    def inline_table(self):
        self.i += 1
        result = {}
        frozen = set()
        self.skip(_SPACE)
        if self.peek() == "}":
            self.i += 1
            return result
        while True:
            key, value = self.pair()
            if any(key[:k] in frozen for k in range(1, len(key) + 1)):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            d = result
            for k in key[:-1]:
                d = d.setdefault(k, {})
                if not isinstance(d, dict):
                    raise self.error("Cannot overwrite a value")
            if key[-1] in d:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            d[key[-1]] = value
            self.skip(_SPACE)
            c = self.peek()
            if c == "}":
                self.i += 1
                return result
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(key)
            self.i += 1
            self.skip(_SPACE)

    def literal_string(self):
        self.i += 1
        start = self.i
        text = self.text
        end = text.find("'", start)
        stop = len(text) if end < 0 else end
        for j in range(start, stop):
            if text[j] in _BAD_IN_LINE:
                self.i = j
                raise self.error(f"Found invalid character {text[j]!r}")
        if end < 0:
            raise self.error("Expected \"'\"", len(text))
        self.i = end + 1
        return text[start:end]

    def block_string(self, quote):
        self.i += 3
        if self.peek() == "\n":
            self.i += 1
        if quote == "'":
            text = self.text
            end = text.find("'''", self.i)
            stop = len(text) if end < 0 else end
            for j in range(self.i, stop):
                if text[j] in _BAD_IN_BLOCK:
                    self.i = j
                    raise self.error(f"Found invalid character {text[j]!r}")
            if end < 0:
                raise self.error("Expected \"'''\"", len(text))
            body = text[self.i:end]
            self.i = end + 3
        else:
            body = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        extra = 0
        while extra < 2 and self.peek() == quote:
            self.i += 1
            extra += 1
        return body + quote * extra

    def basic_string(self, block):
        """The rest of a "..." (or, with block, \"\"\"...\"\"\") string after its opening
        quotes."""
        text = self.text
        bad = _BAD_IN_BLOCK if block else _BAD_IN_LINE
        parts = []
        start = self.i
        while True:
            if self.i >= len(text):
                raise self.error("Unterminated string")
            c = text[self.i]
            if c == '"':
                if not block:
                    parts.append(text[start:self.i])
                    self.i += 1
                    break
                if text.startswith('"""', self.i):
                    parts.append(text[start:self.i])
                    self.i += 3
                    break
                self.i += 1
            elif c == "\\":
                parts.append(text[start:self.i])
                parts.append(self.escape(block))
                start = self.i
            elif c in bad:
                raise self.error(f"Illegal character {c!r}")
            else:
                self.i += 1
        return "".join(parts)

    def escape(self, block):
        at = self.i
        c = self.text[at + 1:at + 2]
        self.i = at + 2
        if block and c in (" ", "\t", "\n"):
            # A line-ending backslash: drop it with all whitespace up to the next
            # non-blank character.
            if c != "\n":
                self.skip(_SPACE)
                nxt = self.peek()
                if not nxt:
                    return ""
                if nxt != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.i += 1
            self.skip(_SPACE_NL)
            return ""
        if c in ("u", "U"):
            width = 4 if c == "u" else 8
            digits = self.text[self.i:self.i + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error("Invalid hex value")
            self.i += width
            cp = int(digits, 16)
            if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(cp)
        if c in _ESCAPES:
            return _ESCAPES[c]
        raise self.error("Unescaped '\\' in a string")


def _datetime_of(m):
    y, mo, d, h, mi, s, frac, zulu, sign, oh, om = m.groups()
    if h is None:
        return date(int(y), int(mo), int(d))
    if sign:
        delta = timedelta(hours=int(oh), minutes=int(om))
        tz = timezone(delta if sign == "+" else -delta)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                    int(frac.ljust(6, "0")) if frac else 0, tzinfo=tz)
