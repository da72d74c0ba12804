"""http.cookies: HTTP cookie state (RFC 2109 / RFC 6265 Set-Cookie headers).

safepy's own module. A cookie jar (BaseCookie, SimpleCookie) is a dict from cookie name to
Morsel; a Morsel is a dict of the cookie's attributes (expires, path, ...) that also
carries the name, the real value and the value as sent on the wire (coded_value).

Invariant: a Morsel's dict keys are always the lower-case names of Morsel._reserved, and
every reserved name is present (an unset attribute is the empty string).
"""

import re
import string
import time
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a cookie name (or a value written without quotes) may hold.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters a quoted value may hold as they are; the others become \ooo escapes.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'


def _make_translator():
    table = {}
    for code in range(256):
        if chr(code) not in _UnescapedChars:
            table[code] = '\\%03o' % code
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_Translator = _make_translator()
_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch
_control_re = re.compile(r'[\x00-\x1F\x7F]')


def _has_control_character(*vals):
    # A control character in a header would let a value start a new header line.
    for v in vals:
        if _control_re.search(str(v)):
            return True
    return False


def _quote(text):
    """Quote text for a cookie value when it holds characters outside _LegalChars."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_Translator) + '"'


_escape_re = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape_one(m):
    if m.group(1):
        return chr(int(m.group(1), 8))
    return m.group(2)


def _unquote(text):
    """Undo _quote: strip the double quotes, then decode \\ooo and \\c escapes."""
    if text is None or len(text) < 2:
        return text
    if text[0] != '"' or text[-1] != '"':
        return text
    return _escape_re.sub(_unescape_one, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The date `future` seconds from now, in the cookie 'expires' format (GMT)."""
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


class Morsel(dict):
    """One cookie: its name, value, coded value and attributes (a dict)."""

    # attribute name as a dict key -> its spelling in the header
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    # attributes written by name alone, when true
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = None
        self._value = None
        self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        if _has_control_character(K, V):
            raise CookieError(f"Control characters are not allowed in cookies {K!r} {V!r}")
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        if _has_control_character(key, val):
            raise CookieError("Control characters are not allowed in cookies %r %r"
                              % (key, val))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and
                self._value == morsel._value and
                self._key == morsel._key and
                self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        checked = {}
        for name, val in dict(values).items():
            name = name.lower()
            if name not in self._reserved:
                raise CookieError("Invalid attribute %r" % (name,))
            if _has_control_character(name, val):
                raise CookieError(f"Control characters are not allowed in cookies {name!r} {val!r}")
            checked[name] = val
        dict.update(self, checked)

    def __ior__(self, values):
        self.update(values)
        return self

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        if _has_control_character(key, val, coded_val):
            raise CookieError("Control characters are not allowed in cookies %r %r %r"
                              % (key, val, coded_val))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value,
                'coded_value': self._coded_value}

    def __setstate__(self, state):
        key, value, coded = state['key'], state['value'], state['coded_value']
        if _has_control_character(key, value, coded):
            raise CookieError("Control characters are not allowed in cookies "
                              f"{key!r} {value!r} {coded!r}")
        self._key = key
        self._value = value
        self._coded_value = coded

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        import urllib.parse
        text = self.OutputString(attrs)
        if _has_control_character(text):
            raise CookieError("Control characters are not allowed in cookies")
        # percent-encoded so that no value can break out of the script's string
        encoded = urllib.parse.quote(text, safe='', encoding='utf-8')
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = decodeURIComponent(\"%s\");
        // end hiding -->
        </script>
        """ % (encoded,)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, val in sorted(self.items()):
            if val == "" or name not in attrs:
                continue
            spelled = self._reserved[name]
            if name == "expires" and isinstance(val, int):
                parts.append("%s=%s" % (spelled, _getdate(val)))
            elif name == "max-age" and isinstance(val, int):
                parts.append("%s=%d" % (spelled, val))
            elif name == "comment" and isinstance(val, str):
                parts.append("%s=%s" % (spelled, _quote(val)))
            elif name in self._flags:
                if val:
                    parts.append(str(spelled))
            else:
                parts.append("%s=%s" % (spelled, val))
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# The grammar of one "name[=value]" item of a Cookie header: a name, then optionally '='
# and a value that is a double-quoted string with backslash escapes, an 'expires' date
# (which holds a comma and spaces), or a run of legal value characters; the item ends at
# whitespace, ';' or the end of the text.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*'
    r'(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*'
    r'(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*'
    r'))?'
    r'\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """A dict of cookie name -> Morsel, loaded from and written as HTTP headers."""

    def value_decode(self, val):
        """The (real value, coded value) pair for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """The (real value, coded value) pair for a value given by the program."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        lines = []
        for _, m in sorted(self.items()):
            line = m.output(attrs, header)
            if _has_control_character(line):
                raise CookieError("Control characters are not allowed in cookies")
            lines.append(line)
        return sep.join(lines)

    __str__ = output

    def __repr__(self):
        inner = ' '.join('%s=%s' % (k, repr(m.value)) for k, m in sorted(self.items()))
        return '<%s: %s>' % (self.__class__.__name__, inner)

    def js_output(self, attrs=None):
        return "".join(m.js_output(attrs) for _, m in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a Cookie header's text, or from a mapping name -> value."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value
        return

    def __parse_string(self, text, patt=_CookiePattern):
        # First collect every item; the jar changes only if the whole text is valid.
        ATTR, PAIR = 1, 2
        items = []
        seen_pair = False
        pos = 0
        n = len(text)
        while 0 <= pos < n:
            m = patt.match(text, pos)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            if key[0] == "$":
                # "$Path" and friends (RFC 2109) before any cookie are ignored
                if seen_pair:
                    items.append((ATTR, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_pair:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        items.append((ATTR, key, True))
                    else:
                        return
                else:
                    items.append((ATTR, key, _unquote(value)))
            elif value is not None:
                items.append((PAIR, key, self.value_decode(value)))
                seen_pair = True
            else:
                return
        current = None
        for kind, key, value in items:
            if kind == ATTR:
                current[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                current = self[key]


class SimpleCookie(BaseCookie):
    """A cookie jar whose values are strings, quoted on the wire when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
