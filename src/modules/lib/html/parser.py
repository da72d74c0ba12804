"""html.parser for safepy: HTMLParser, a tolerant tokenizer for HTML fed in pieces.

Subclasses override the handle_* methods; feed() may cut the text anywhere: a tag,
comment, declaration or character reference that is not complete yet waits for the next
feed() (or close(), which hands what is left over as data). With convert_charrefs (the
default) text is passed to handle_data once, unescaped, between two pieces of markup;
without it handle_entityref / handle_charref see the references. The contents of
<script> and <style> are passed through raw up to their end tag.
"""

from html import unescape as _unescape

__all__ = ['HTMLParser']

_SPACE = ' \t\n\r\f'


def _letter(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z')


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Feed data to the parser (any amount, any cut)."""
        self.rawdata = self.rawdata + data
        self._scan(False)

    def close(self):
        """Handle any buffered data."""
        self._scan(True)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    # ---- overridable handlers ----
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # ---- the scanner ----
    def _move(self, i, j):
        # line/offset bookkeeping for rawdata[i:j]
        if j <= i:
            return i
        raw = self.rawdata
        nl = raw.count('\n', i, j)
        if nl:
            self.lineno += nl
            self.offset = j - (raw.rfind('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            s = _unescape(s)
        self.handle_data(s)

    def _cdata_end(self, i):
        # index of the '</elem' that ends a script/style body, or -1
        raw = self.rawdata
        low = raw.lower()
        want = '</' + self.cdata_elem
        k = low.find(want, i)
        while k >= 0:
            after = k + len(want)
            if after >= len(raw):
                return -2  # could be the end tag: wait for more
            if raw[after] in _SPACE or raw[after] in '/>':
                return k
            k = low.find(want, k + 1)
        return -1

    def _scan(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.cdata_elem:
                j = self._cdata_end(i)
                if j < 0:
                    if not end:
                        break
                    j = n
            elif self.convert_charrefs:
                j = raw.find('<', i)
                if j < 0:
                    # a reference may be cut at the end of this piece: keep it back
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not end and not any(c in _SPACE or c == ';' for c in raw[amp:]):
                        break
                    j = n
            else:
                j = i
                while j < n and raw[j] != '<' and raw[j] != '&':
                    j += 1
            if i < j:
                self._text(raw[i:j])
                i = self._move(i, j)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup(i, end)
            else:
                k = self._reference(i, end)
            if k < 0:
                if not end:
                    break
                if raw[i] == '&':
                    self._text(raw[i:n])
                    i = self._move(i, n)
                    break
                # an incomplete construct at the end: text up to its '>' (or the
                # next '<', or just the '<'), then scanning goes on
                k = raw.find('>', i + 1)
                if k >= 0:
                    k += 1
                else:
                    k = raw.find('<', i + 1)
                    if k < 0:
                        k = i + 1
                self.handle_data(raw[i:k])
            i = self._move(i, k)
        self.rawdata = raw[i:]

    def _reference(self, i, end):
        # '&' with convert_charrefs off: a character or entity reference, or text
        raw = self.rawdata
        n = len(raw)
        if i + 1 < n and raw[i + 1] == '#':
            j = i + 2
            if j < n and raw[j] in 'xX':
                j += 1
                while j < n and raw[j] in '0123456789abcdefABCDEF':
                    j += 1
            else:
                while j < n and raw[j].isdigit():
                    j += 1
            if j == n and not end:
                return -1
            if j > i + 2 and raw[j - 1] not in 'xX':
                self.handle_charref(raw[i + 2:j])
                return j + 1 if j < n and raw[j] == ';' else j
            self.handle_data('&#')
            return i + 2
        elif i + 1 < n and _letter(raw[i + 1]):
            j = i + 1
            while j < n and (raw[j].isalnum() or raw[j] in '-.'):
                j += 1
            if j == n and not end:
                return -1
            self.handle_entityref(raw[i + 1:j])
            return j + 1 if j < n and raw[j] == ';' else j
        elif i + 1 == n and not end:
            return -1
        self.handle_data('&')
        return i + 1

    def _markup(self, i, end):
        # markup at '<': returns where it ends, -1 when incomplete
        raw = self.rawdata
        n = len(raw)
        if i + 1 >= n:
            return -1
        c = raw[i + 1]
        if self.cdata_elem:
            return self._end_tag(i)
        if _letter(c):
            return self._start_tag(i)
        if c == '/':
            return self._end_tag(i)
        if raw.startswith('<!--', i):
            k = raw.find('-->', i + 4)
            if k < 0:
                return -1
            self.handle_comment(raw[i + 4:k])
            return k + 3
        if raw.startswith('<![', i):
            # CDATA-like sections end at ']]>', conditional ones at ']>'
            head = raw[i + 3:i + 9].lower()
            close = ']]>' if head.startswith(('cdata[', 'temp', 'ignore', 'include', 'rcdata')) else ']>'
            k = raw.find(close, i + 3)
            if k < 0:
                return -1
            self.unknown_decl(raw[i + 3:k])
            return k + len(close)
        if c == '!':
            if n - i < 4 and '<!--'.startswith(raw[i:]):
                return -1
            k = raw.find('>', i + 2)
            if k < 0:
                return -1
            body = raw[i + 2:k]
            if body[:7].lower() == 'doctype':
                self.handle_decl(body)
            else:
                self.handle_comment(body)
            return k + 1
        if c == '?':
            k = raw.find('>', i + 2)
            if k < 0:
                return -1
            self.handle_pi(raw[i + 2:k])
            return k + 1
        self.handle_data('<')
        return i + 1

    def _tag_end(self, i):
        # index of the '>' closing the tag at i (quotes in attribute values skipped)
        raw = self.rawdata
        n = len(raw)
        j = i + 1
        while j < n:
            c = raw[j]
            if c == '>':
                return j
            if c == '=':
                j += 1
                while j < n and raw[j] in _SPACE:
                    j += 1
                if j < n and raw[j] in '"\'':
                    q = raw.find(raw[j], j + 1)
                    if q < 0:
                        return -1
                    j = q + 1
                continue
            j += 1
        return -1

    def _start_tag(self, i):
        raw = self.rawdata
        k = self._tag_end(i)
        if k < 0:
            return -1
        text = raw[i:k + 1]
        self._starttag_text = text
        body = raw[i + 1:k]
        j = 0
        while j < len(body) and body[j] not in _SPACE and body[j] not in '/>':
            j += 1
        tag = body[:j].lower()
        self.lasttag = tag
        attrs = []
        m = len(body)
        while j < m:
            while j < m and (body[j] in _SPACE or body[j] == '/'):
                j += 1
            if j >= m:
                break
            s = j
            j += 1
            while j < m and body[j] not in _SPACE and body[j] not in '=/>':
                j += 1
            name = body[s:j].lower()
            t = j
            while t < m and body[t] in _SPACE:
                t += 1
            value = None
            if t < m and body[t] == '=':
                t += 1
                while t < m and body[t] in _SPACE:
                    t += 1
                if t < m and body[t] in '"\'':
                    q = body.find(body[t], t + 1)
                    value = body[t + 1:q]
                    j = q + 1
                else:
                    s = t
                    while t < m and body[t] not in _SPACE:
                        t += 1
                    value = body[s:t]
                    j = t
                value = _unescape(value)
            attrs.append((name, value))
        if body.endswith('/'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return k + 1

    def _end_tag(self, i):
        raw = self.rawdata
        k = raw.find('>', i + 2)
        if k < 0:
            return -1
        body = raw[i + 2:k]
        if self.cdata_elem:
            self.handle_endtag(self.cdata_elem)
            self.clear_cdata_mode()
            return k + 1
        if not body:
            return k + 1  # '</>' is dropped
        if _letter(body.lstrip(_SPACE)[:1]):
            body = body.lstrip(_SPACE)
        if not _letter(body[0]):
            self.handle_comment(body)
            return k + 1
        j = 0
        while j < len(body) and body[j] not in _SPACE and body[j] != '/':
            j += 1
        self.handle_endtag(body[:j].lower())
        return k + 1
