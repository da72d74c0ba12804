"""xml.etree._scan: the XML scanner behind xml.etree.ElementTree's parsers (safepy's own
implementation).

_Scanner is a non-validating XML 1.0 reader with namespaces in the manner of expat as
pyexpat drives it: line ends normalised, character and predefined entity references
expanded (and text-only general entities of an internal DTD subset), names and
characters checked, and well-formedness errors raised as ParseError with expat's message,
code and (line, column) position. It is resumable: run() handles every complete token of
the text added so far and leaves an incomplete one for the next piece (or, at the end,
reports it as an "unclosed token").
"""

import codecs
import re

from xml.etree import _dtd

__all__ = ["ParseError"]


class ParseError(SyntaxError):
    """A document that is not well-formed: .code is expat's error number, .position the
    (line, column) where it was found."""
    pass


ParseError.__module__ = "xml.etree.ElementTree"


_NS_XML = "http://www.w3.org/XML/1998/namespace"
_START = (":A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d"
          "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_NAME = re.compile("[%s][%s\\-.0-9\xb7\u0300-\u036f\u203f\u2040]*" % (_START, _START))
_NCSTART = _START[1:]
_NCNAME = re.compile("[%s][%s\\-.0-9\xb7\u0300-\u036f\u203f\u2040]*" % (_NCSTART, _NCSTART))
_QNAME = re.compile("%s(?::%s)?" % (_NCNAME.pattern, _NCNAME.pattern))
_NAMECHAR = re.compile("[%s\\-.0-9\xb7\u0300-\u036f\u203f\u2040]" % _START)
_NAMECHARS = re.compile("[%s\\-.0-9\xb7\u0300-\u036f\u203f\u2040]*" % _START)
_BADCHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = " \t\n"
_AMP_THRESHOLD = 8388608    # expat's XML_BLAP_ACT_THRES and XML_BLAP_MAX_AMP
_AMP_FACTOR = 100
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_PREDEF = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}


_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"


_EXPAT_16 = ("UTF-16", "UTF-16BE", "UTF-16LE")
_EXPAT_NATIVE = ("UTF-8", "ISO-8859-1", "US-ASCII") + _EXPAT_16
_REF = re.compile(r"&([^;&]+);")
_ATTR_SPACE = {9: " ", 10: " ", 13: " "}
_CHARREF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
_REF_SYNTAX = re.compile("&(#x[0-9a-fA-F]+|#[0-9]+|%s);" % _NAME.pattern)


def _tokenized(value):
    # an attribute value of a declared type other than CDATA: spaces trimmed, runs of
    # them made one
    return " ".join(w for w in value.split(" ") if w)


def _char_of_ref(m):
    ref = m.group(1)
    return chr(int(ref[1:], 16) if ref[0] == "x" else int(ref))


def _ref_char(ref):
    # the character of a predefined or character reference's name ('amp', '#60', '#x3c')
    if ref[0] != "#":
        return _PREDEF[ref]
    return chr(int(ref[2:], 16) if ref[1] == "x" else int(ref[1:]))


def _char_number(digits, hexa):
    # the number a character reference names; past Unicode's range (however many
    # digits: int() of thousands of them is refused) 0x110000
    digits = digits.lstrip("0")
    if len(digits) > 8:
        return 0x110000
    return min(int(digits or "0", 16 if hexa else 10), 0x110000)


def _check_declaration(scanner, prefix, uri, pos):
    # expat's namespace constraints on a declaration of [prefix] ('' for the default)
    if prefix == "xml":
        if uri != _XML_NS:
            scanner.fail(38, "reserved prefix (xml) must not be undeclared or bound to "
                         "another namespace name", pos)
    elif prefix == "xmlns":
        scanner.fail(39, "reserved prefix (xmlns) must not be declared or undeclared", pos)
    elif uri in (_XML_NS, _XMLNS_NS):
        scanner.fail(40, "prefix must not be bound to one of the reserved namespace names", pos)
    elif prefix and not uri:
        scanner.fail(28, "must not undeclare prefix", pos)


class _Wait(Exception):
    """The token at the scan position is not complete yet."""


class _Scanner:
    """Scans XML text fed in pieces and calls a handler object's methods for each
    event (start, end, data, comment, pi, start_ns, end_ns, doctype)."""

    name_re = _NAME             # for xml.etree._dtd's tokenizer
    namechar_re = _NAMECHAR
    namechars_re = _NAMECHARS
    qname_re = _QNAME
    ncname_re = _NCNAME

    def __init__(self, handler, ns=True, ns_sep=None):
        self.h = handler
        self.ns = ns            # namespace processing (else names are plain, xmlns an attribute)
        self.ns_sep = ns_sep    # expanded names as uri+ns_sep+local (else "{uri}local")
        self.ns_prefixes = False  # ... +ns_sep+prefix when the name has one
        self.tok = 0            # where the token being reported starts
        self.encoding = None    # the caller's encoding for bytes, else detected
        self.decoder = None
        self.raw = b""          # undecoded bytes: an incomplete character or declaration
        self.has_subset = False
        self.amplified = 0      # characters produced by expanding entities
        self.in_subset = False  # between the DOCTYPE's '[' and ']'
        self.subset_start = 0
        self.subset_text = None
        self.doctype_ids = (None, None)     # the DOCTYPE's (system, public) ids
        self.keep = True        # declarations are used (not after an unread parameter entity)
        self.standalone = False
        self.base = None
        self.attdefs = {}       # element -> {attribute: (is CDATA, default or None)}
        self.ext_entities = {}  # entity -> (base, system id, public id, notation or None)
        self.pentities = {}     # parameter entity -> its value (None: external)
        self.expand_internal = True     # else a reference to an internal entity is skipped
        self.entity_mode = None     # pyexpat's external entity parser: "content" or "dtd"
        self.param_parsing = 0  # pyexpat's SetParamEntityParsing: announce the external DTD
        self.foreign = False    # pyexpat's UseForeignDTD
        self.pe_refs = False    # the subset has parameter entity references
        self.span = (0, 0)      # the markup of the event being reported
        self.raw_ref = None     # the reference whose text is being reported, if any
        self.undef_at = None    # where an undefined entity is reported (else at its '&')
        self.bad_ref = 0        # the reference of an entity value being checked
        self.empty = False      # the element being started is empty ('<a/>')
        self.defaulted = 0      # attributes the last start tag got from the DTD
        self.buf = ""
        self.pos = 0
        self.state = 0          # 0 prolog, 1 inside the root, 2 after the root
        self.stack = []         # open elements: (raw name, namespace scope, prefixes declared)
        self.scope = {"xml": _NS_XML}
        self.entities = {}
        self.ent_size = {}      # entity -> length of its replacement text, expanded
        self.ent_cost = {}      # entity -> characters its expansion makes at all levels
        self.ent_attr = {}      # entity -> its text in an attribute value
        self.ent_pieces = {}    # entity -> its character data pieces in content
        self.external = False   # an external subset or parameter entity reference
        self.doctype_seen = False
        self.pending_cr = False
        self.final = False

    # ---- positions and errors ----

    def where(self, at):
        line = self.buf.count("\n", 0, at) + 1
        col = at - (self.buf.rfind("\n", 0, at) + 1)
        return line, col

    def fail(self, code, msg, at):
        self.tok = at
        line, col = self.where(at)
        err = ParseError("%s: line %d, column %d" % (msg, line, col))
        err.code = code
        err.position = (line, col)
        raise err

    def invalid(self, at):
        self.fail(4, "not well-formed (invalid token)", at)

    # ---- input ----

    def decode(self, data, final):
        # bytes fed so far decoded as far as they form whole characters (an incremental
        # decoder keeps the rest, and a UTF-16 stream's byte order, between pieces); the
        # encoding is the caller's, else a BOM's, else UTF-16 when the first '<' says so,
        # else the XML declaration's, else UTF-8
        if self.decoder is None:
            raw = self.raw + data
            enc = self.encoding
            named = enc is not None     # by the caller or the XML declaration
            bom = next((name for b, name in _BOMS if raw.startswith(b)), None)
            if enc is None:
                enc = bom
            if enc is None and len(raw) >= 2 and raw[:2] in (b"<\0", b"\0<"):
                enc = "utf-16-le" if raw[0] else "utf-16-be"     # '<' without a BOM
            if enc is None:
                if raw.startswith(b"<?xml"):
                    end = raw.find(b"?>")
                    if end < 0 and not final:
                        self.raw = raw
                        return ""
                    m = re.search(rb"""encoding\s*=\s*["']([A-Za-z][-A-Za-z0-9._]*)["']""",
                                  raw[:end if end >= 0 else len(raw)])
                    enc = m.group(1).decode("ascii") if m else "utf-8"
                    named = m is not None
                    if enc.upper() in _EXPAT_16:
                        # a document of 8-bit units cannot be UTF-16
                        # (the declaration, ASCII, as the text so far: positions count it)
                        self.buf = raw[:m.start(1)].decode("latin-1")
                        self.fail(19, "encoding specified in XML declaration is incorrect",
                                  m.start(1))
                elif len(raw) < 5 and not final:
                    self.raw = raw
                    return ""
                else:
                    enc = "utf-8"
            # as pyexpat: a name expat does not know is looked up in codecs (its
            # LookupError propagates) and must be a single-byte encoding
            info = codecs.lookup(enc)
            if named and enc.upper() not in _EXPAT_NATIVE and \
                    len(bytes(range(256)).decode(info.name, "replace")) != 256:
                raise ValueError("multi-byte encodings are not supported")
            if bom == "utf-8" and info.name == "utf-8":
                info = codecs.lookup("utf-8-sig")   # the BOM is not text
            self.decoder = info.incrementaldecoder()
            self.raw = b""
            data = raw
        state = self.decoder.getstate()
        try:
            return self.decoder.decode(data, final)
        except UnicodeDecodeError as e:
            # the characters before the bad byte are parsed (their handlers run, and the
            # error's position counts their lines), then the error is reported there
            # (the error's object is the bytes held back from before and [data])
            self.decoder.setstate(state)
            try:
                text = self.decoder.decode(data[:max(0, e.start - len(state[0]))], False)
            except UnicodeDecodeError:
                text = ""
            self.add(text)
            self.run(False)
            self.invalid(len(self.buf))
    def feed(self, data, final):
        """Adds a piece of the document (str, or bytes decoded as decode() says) and
        reports every token it completes; final: the document ends here."""
        if not isinstance(data, str):
            data = self.decode(bytes(data), final)
        self.add(data)
        self.run(final)

    def add(self, text):
        if self.pending_cr:
            text = "\r" + text
            self.pending_cr = False
        if text.endswith("\r"):
            text = text[:-1]
            self.pending_cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.buf += text

    def run(self, final):
        self.final = final
        if final and self.pending_cr:
            self.pending_cr = False
            self.buf += "\n"
        while True:
            start = self.tok = self.pos
            try:
                if not self.step(final):
                    break
            except _Wait:
                self.pos = start
                if final:
                    self.fail(5, "unclosed token", start)
                break
        if final:
            if self.entity_mode == "content" and self.stack:
                self.fail(13, "asynchronous entity", len(self.buf))
            if self.state != 2 and self.entity_mode is None:
                self.fail(3, "no element found", len(self.buf))

    def need(self, at, n=1):
        # waits unless buf holds n characters from [at]
        if at + n > len(self.buf):
            raise _Wait

    def starts(self, lit, at):
        # buf[at:] starts with [lit]; waits while what is there could still become it
        rest = self.buf[at:at + len(lit)]
        if len(rest) < len(lit) and lit.startswith(rest):
            raise _Wait
        return rest == lit

    def find(self, what, at):
        k = self.buf.find(what, at)
        if k < 0:
            raise _Wait
        return k

    def check_chars(self, start, end):
        m = _BADCHAR.search(self.buf, start, end)
        if m:
            self.invalid(m.start())

    # ---- one token ----

    def step(self, final):
        buf, pos = self.buf, self.pos
        if pos >= len(buf):
            return False
        if self.in_subset:
            _dtd.subset_item(self, pos)
            return True
        c = buf[pos]
        if c == "<":
            self.markup(pos)
            return True
        if self.state == 1:
            if c == "&":
                text = self.reference(pos)
                self.raw_ref = buf[pos:self.pos]     # the default handler's text
                self.data(text)
                self.raw_ref = None
                return True
            end = len(buf)
            k1 = buf.find("<", pos)
            k2 = buf.find("&", pos)
            for k in (k1, k2):
                if 0 <= k < end:
                    end = k
            if end == len(buf) and not final:
                # up to two ']' at the end wait: they may start a ']]>'
                while end > pos and len(buf) - end < 2 and buf[end - 1] == "]":
                    end -= 1
                if end == pos:
                    return False
            bad = buf.find("]]>", pos, end + 2 if end + 2 <= len(buf) else len(buf))
            if 0 <= bad < end:
                self.invalid(bad + 2)
            self.check_chars(pos, end)
            self.pos = end
            self.text(buf[pos:end], pos)
            return True
        # outside the root: white space only
        k = pos
        while k < len(buf) and buf[k] in _SPACE:
            k += 1
        if k > pos:
            self.pos = k
            self.default(pos, k)
            return True
        # expat's prolog tokens: names, literals and DTD punctuation are out of place here
        # (a syntax error before the root, junk after it) unless they are invalid tokens
        _dtd.check_token(self, pos, False)
        if self.state == 0:
            self.fail(2, "syntax error", pos)
        self.fail(9, "junk after document element", pos)

    def text(self, s, at):
        # expat hands text (found at buf[at]) over line by line
        start = 0
        while True:
            self.tok = at + start
            k = s.find("\n", start)
            if k < 0:
                if start < len(s):
                    self.data(s[start:])
                return
            if k > start:
                self.data(s[start:k])
                self.tok = at + k
            self.data("\n")
            start = k + 1

    def data(self, s):
        if s:
            f = getattr(self.h, "data", None)
            if f is not None:
                f(s)

    def event(self, name, *args):
        f = getattr(self.h, name, None)
        if f is not None:
            f(*args)

    def markup(self, pos):
        buf = self.buf
        self.need(pos, 2)
        c = buf[pos + 1]
        if c == "/":
            self.end_tag(pos)
        elif c == "?":
            self.pi(pos)
        elif c == "!":
            self.need(pos, 3)
            if buf[pos + 2] == "-":
                self.keyword("--", pos + 2, pos)
                self.comment(pos)
            elif buf[pos + 2] == "[":
                if self.state == 0:
                    self.syntax(pos)
                if self.state == 2:
                    self.fail(9, "junk after document element", pos)
                self.keyword("[CDATA[", pos + 2, pos)
                k = buf.find("]]>", pos + 9)
                if k < 0:
                    if self.final:
                        self.fail(20, "unclosed CDATA section", len(buf))
                    raise _Wait
                self.check_chars(pos + 9, k)
                self.pos = k + 3
                self.span = (pos, pos + 9)
                self.event("start_cdata")
                self.text(buf[pos + 9:k], pos + 9)
                self.tok = k
                self.span = (k, k + 3)
                self.event("end_cdata")
            else:
                # '<!' and a keyword: only DOCTYPE, once, in the prolog
                if self.state == 1:
                    self.invalid(pos + 2)
                bad = _dtd.markup_start(self, pos)
                if bad is not None:
                    self.invalid(bad)
                if self.state == 2:
                    self.fail(9, "junk after document element", pos)
                if self.doctype_seen:
                    self.syntax(pos)
                self.doctype(pos)
        else:
            if self.state == 2:
                if not _NAME.match(c):
                    self.invalid(pos + 1)   # not a tag at all
                self.fail(9, "junk after document element", pos)
            self.start_tag(pos)

    def name_at(self, at):
        self.need(at)
        m = _NAME.match(self.buf, at)
        if m is None:
            self.invalid(at)
        if m.end() >= len(self.buf):
            raise _Wait
        return m.group(), m.end()

    def qname_at(self, at):
        # an element or attribute name: NCName[:NCName] under namespace processing
        if not self.ns:
            return self.name_at(at)
        buf = self.buf
        self.need(at)
        m = _NCNAME.match(buf, at)
        if m is None:
            self.invalid(at)
        end = m.end()
        self.need(end)
        if buf[end] == ":":
            self.need(end + 1)
            m2 = _NCNAME.match(buf, end + 1)
            if m2 is None:
                self.invalid(end + 1)
            end = m2.end()
            self.need(end)
            if buf[end] == ":":
                self.invalid(end)
        return buf[at:end], end

    def keyword(self, lit, at, pos):
        # buf[at:] must spell [lit] (after '<!'): invalid token at the first difference
        buf = self.buf
        for i, ch in enumerate(lit):
            self.need(at + i)
            if buf[at + i] != ch:
                self.invalid(at + i)

    def skip_space(self, at):
        buf = self.buf
        while at < len(buf) and buf[at] in _SPACE:
            at += 1
        self.need(at)
        return at

    def comment(self, pos):
        buf = self.buf
        at = pos + 4
        while True:
            k = self.find("--", at)
            self.need(k, 3)
            if buf[k + 2] == ">":
                break
            self.invalid(k + 2)
        self.check_chars(pos + 4, k)
        self.pos = k + 3
        self.span = (pos, k + 3)
        f = getattr(self.h, "comment", None)
        if f is not None:
            f(buf[pos + 4:k])

    def pi(self, pos):
        buf = self.buf
        target, at = self.name_at(pos + 2)
        self.need(at, 2)
        if buf[at] == "?" and buf[at + 1] != ">":
            self.invalid(at + 1)
        if buf[at] not in _SPACE + "?":
            self.invalid(at)
        end = self.find("?>", at)
        if target.lower() == "xml":
            if target == "xml" and pos == 0:
                self.xml_decl(pos, at, end)
                self.pos = end + 2
                return
            if self.state == 2:
                self.fail(9, "junk after document element", pos)
            self.fail(17, "XML or text declaration not at start of entity", pos)
        if at < end and buf[at] not in _SPACE:
            self.invalid(at)
        self.check_chars(at, end)
        self.pos = end + 2
        self.span = (pos, end + 2)
        f = getattr(self.h, "pi", None)
        if f is not None:
            f(target, buf[at:end].lstrip(_SPACE))

    def xml_decl(self, pos, at, end):
        # <?xml version="..." [encoding="..."] [standalone="yes|no"] ?>: code 30 at the
        # pseudo-attribute (or value) that is wrong
        buf = self.buf

        # in an external entity: a text declaration, <?xml [version="..."] encoding="..."?>
        text_decl = self.entity_mode is not None

        def bad(k):
            if text_decl:
                self.fail(31, "text declaration not well-formed", k)
            self.fail(30, "XML declaration not well-formed", k)
        k = at
        expected = ["version", "encoding"] if text_decl else ["version", "encoding", "standalone"]
        seen_any = False
        found = {}
        while True:
            start = k
            while k < end and buf[k] in _SPACE:
                k += 1
            if k >= end:
                if not seen_any:
                    bad(pos + 5)
                if text_decl and "encoding" not in found:
                    bad(end)
                standalone = found.get("standalone")
                self.standalone = standalone == "yes"
                self.span = (pos, end + 2)
                self.event("xml_decl", found.get("version"), found.get("encoding"),
                           -1 if standalone is None else int(standalone == "yes"))
                return
            if k == start:
                bad(k)
            m = _NAME.match(buf, k, end)
            if m is None:
                bad(k)
            name = m.group()
            if name not in expected or (not seen_any and name != "version" and not text_decl):
                bad(k)
            expected = expected[expected.index(name) + 1:]
            seen_any = True
            j = m.end()
            while j < end and buf[j] in _SPACE:
                j += 1
            if j >= end or buf[j] != "=":
                bad(k)
            j += 1
            while j < end and buf[j] in _SPACE:
                j += 1
            if j >= end or buf[j] not in "'\"":
                bad(j)
            close = buf.find(buf[j], j + 1, end)
            if close < 0:
                bad(j)
            value = buf[j + 1:close]
            if name == "version":
                m = re.search("[^-a-zA-Z0-9_.:]", value)
                if m or not value:
                    bad(j + 1 + (m.start() if m else 0))
            if name == "encoding" and not re.fullmatch("[A-Za-z][A-Za-z0-9._-]*", value):
                bad(j + 1)
            if name == "standalone" and value not in ("yes", "no"):
                bad(j + 1)
            found[name] = value
            k = close + 1

    def syntax(self, at):
        self.fail(2, "syntax error", at)

    # ---- the DTD: xml.etree._dtd reads it; the scanner keeps what content needs ----

    def doctype(self, pos):
        _dtd.doctype(self, pos)

    def consumes(self, kind):
        # whether a handler takes the declarations of [kind] (else a default handler,
        # if any, gets their text)
        f = getattr(self.h, "consumes", None)
        return True if f is None else f(kind)

    def default(self, start, end):
        # buf[start:end] for the default handler
        if start < end:
            f = getattr(self.h, "default", None)
            if f is not None:
                f(self.buf[start:end])

    def external_dtd(self, system, pubid, at):
        # with parameter entity parsing on, the external subset (the document's, else
        # the foreign DTD) is announced as expat does: context None
        if (system is not None or self.foreign) and (
                self.param_parsing == 2 or (self.param_parsing == 1 and not self.standalone)):
            f = getattr(self.h, "external_entity_ref", None)
            if f is not None and f(None, self.base, system, pubid, at) is not False:
                if system is None:
                    # the foreign DTD was not read: undeclared entities are errors
                    # again (unless parameter entity references were seen)
                    self.external = self.pe_refs

    def not_standalone(self, at):
        # expat asks the handler whether a document that is not standalone may go on
        if not self.standalone:
            f = getattr(self.h, "not_standalone", None)
            if f is not None and not f():
                self.fail(22, "document is not standalone", at)

    def default_value(self, t, cdata):
        # an attribute default (literal token t) as an element gets it: references
        # replaced (an undefined entity is reported at the literal), white space
        # normalised, and for the types other than CDATA trimmed and collapsed
        self.undef_at = self.tag_start = t[1]
        # the literal's references are checked on its own text first (one cut short by
        # its end is reported at its '&')
        text = self.buf[t[1] + 1:t[2] - 1]
        lt = text.find("<")
        self.entity_value_refs(text, t[1] + 1, len(text) if lt < 0 else lt)
        try:
            value, _ = self.attr_value(t[1])
        finally:
            self.undef_at = None
        return value if cdata else _tokenized(value)

    def define_attribute(self, elname, attname, cdata, default):
        # an element's attribute is declared by its first declaration
        atts = self.attdefs.setdefault(elname, {})
        if attname not in atts:
            atts[attname] = (cdata, default)

    def internal_entity(self, name, pe, t):
        # <!ENTITY [%] name "value">: the literal's references are checked where it is
        # declared; the first declaration of a name counts
        lit = t[1] + 1
        value = self.buf[lit:t[2] - 1]
        k = value.find("%")
        try:
            self.entity_value_refs(value, lit, len(value) if k < 0 else k)
            if k >= 0:
                # a parameter entity reference may not be used in the internal subset
                self.bad_ref = k
                m = _NAME.match(value, k + 1)
                if m is None:
                    self.invalid(lit + k + (k + 1 < len(value)))
                if m.end() >= len(value):
                    self.invalid(lit + k)       # cut short by the literal's end
                if value[m.end()] != ";":
                    self.invalid(lit + m.end())
                self.fail(10, "illegal parameter entity reference", lit + k)
        except ParseError:
            # expat declares the entity with the text before the bad reference
            at = self.tok
            self.internal_entity_known(name, pe, value[:self.bad_ref], t)
            self.tok = at
            raise
        self.internal_entity_known(name, pe, value, t)

    def entity_is_new(self, name, pe):
        # the first declaration of a name counts (and none after an unread parameter
        # entity reference)
        if not self.keep:
            return False
        if pe:
            return name not in self.pentities
        return name not in self.entities and name not in self.ext_entities

    def internal_entity_known(self, name, pe, value, t):
        if not self.entity_is_new(name, pe):
            return
        if pe:
            self.pentities[name] = value
        else:
            # as expat, character references are replaced where the entity is declared
            # (so '&#38;amp;' becomes a reference to amp)
            self.entities[name] = _CHARREF.sub(_char_of_ref, value)
            # an entity expanded before this one was declared (skipped under an external
            # subset) expands differently now: forget what was computed
            for memo in (self.ent_size, self.ent_cost, self.ent_attr, self.ent_pieces):
                memo.clear()
        self.tok = t[1]
        self.event("entity_decl", name, pe, _CHARREF.sub(_char_of_ref, value), None, None,
                   None, None)

    def external_entity(self, name, system, pubid, notation, pe=0):
        if not self.entity_is_new(name, pe):
            return
        if pe:
            self.pentities[name] = None
        else:
            self.ext_entities[name] = (self.base, system, pubid, notation)
        if notation is not None:
            self.event("unparsed_entity_decl", name, self.base, system, pubid, notation)
        else:
            self.event("entity_decl", name, pe, None, self.base, system, pubid, None)

    def reference(self, pos, in_attr=False):
        # the text of the reference starting at buf[pos] == '&'; sets self.pos past it
        buf = self.buf
        self.need(pos, 2)
        if buf[pos + 1] == "#":
            self.need(pos, 3)
            hexa = buf[pos + 2] in "x"
            at = pos + 3 if hexa else pos + 2
            digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
            k = at
            while True:
                self.need(k)
                if buf[k] == ";":
                    break
                if buf[k] not in digits:
                    self.invalid(k)
                k += 1
            if k == at:
                self.invalid(k)
            n = _char_number(buf[at:k], hexa)
            if n > 0x10FFFF or _BADCHAR.match(chr(n)):
                self.fail(14, "reference to invalid character number", pos)
            self.pos = k + 1
            return chr(n)
        name, k = self.name_at(pos + 1)
        if buf[k] != ";":
            self.invalid(k)
        self.pos = k + 1
        if name in _PREDEF:
            return _PREDEF[name]
        if name in self.entities:
            if not in_attr and not self.expand_internal:
                # pyexpat's DefaultHandler: the reference is reported, not expanded
                self.span = (pos, self.pos)
                self.event("skipped_entity", name, 0)
                return ""
            try:
                self.expand(name, pos)
            except ParseError as e:
                if e.code == 11 and not in_attr:
                    at = self.tok
                    self.partial_expansion(name)
                    self.tok = at
                raise
            if in_attr:
                return self.form(name, self.ent_attr, self.attr_text_of)
            # in content expat hands the replacement text over piece by piece
            for piece in self.form(name, self.ent_pieces, self.pieces_of):
                if type(piece) is tuple and piece[0] is None:
                    skipped = getattr(self.h, "skipped_entity", None)
                    if skipped is not None:
                        self.raw_ref = "&%s;" % piece[1]
                        skipped(piece[1], 0)
                        self.raw_ref = None
                elif type(piece) is tuple:
                    self.raw_ref = piece[1]
                    self.data(piece[0])
                    self.raw_ref = None
                else:
                    self.data(piece)
            return ""
        if name in self.ext_entities:
            base, system, pubid, notation = self.ext_entities[name]
            if notation is not None:
                self.fail(15, "reference to binary entity", pos)
            if in_attr:
                self.fail(16, "reference to external entity in attribute", pos)
            f = getattr(self.h, "external_entity_ref", None)
            if f is None:
                # xml.etree: not read, so (as CPython's) an undefined entity
                self.fail(11, "undefined entity &%s;" % name, pos)
            self.span = (pos, self.pos)
            f(name, base, system, pubid, pos)
            return ""
        skipped = getattr(self.h, "skipped_entity", None)
        if self.undef_at is not None:
            pos = self.undef_at
        if self.external and not self.standalone and in_attr:
            return ""       # expat leaves it out of the value
        if self.external and not self.standalone and not in_attr and skipped is not None:
            # declared, maybe, in the external subset expat does not read
            self.span = (pos, self.pos)
            skipped(name, 0)
            return ""
        if self.external and not self.standalone:
            self.fail(11, "undefined entity &%s;" % name, pos)
        self.fail(11, "undefined entity", pos)

    def entity_value_refs(self, value, base, stop):
        # the references of an entity's literal [value] (at buf[base]) are well formed
        # where it is declared, as expat checks them: character references name
        # characters XML allows, a general reference is a name and ';' (one cut short by
        # the literal's end is reported at its '&')
        i = value.find("&", 0, stop)
        while i >= 0:
            self.bad_ref = i    # where the entity's text stops if this one is wrong
            if value.startswith("#", i + 1):
                hexa = value.startswith("x", i + 2)
                at = i + 3 if hexa else i + 2
                digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
                k = at
                while k < len(value) and value[k] in digits:
                    k += 1
                if k >= len(value):
                    self.invalid(base + i)      # cut short by the literal's end
                if k == at or value[k] != ";":
                    self.invalid(base + k)
                n = _char_number(value[at:k], hexa)
                if n > 0x10FFFF or _BADCHAR.match(chr(n)):
                    self.fail(14, "reference to invalid character number", base + i)
            else:
                m = _NAME.match(value, i + 1)
                k = m.end() if m else i + 1
                if k >= len(value):
                    self.invalid(base + i)
                if value[k] != ";" or not m:
                    self.invalid(base + k)
            i = value.find("&", k + 1)

    # ---- internal entities ----
    # Entities reference each other; chains thousands deep are fine for expat, so these
    # walk them with explicit stacks, not recursion. An entity's forms (text, pieces for
    # content, attribute text) never change once declared and are computed once.

    def parts(self, name):
        # entity [name]'s replacement text as (literal text, reference name) pairs, the
        # last with reference None
        out = []
        value = self.entities[name]
        i = 0
        for m in _REF.finditer(value):
            out.append((value[i:m.start()], m.group(1)))
            i = m.end()
        out.append((value[i:], None))
        return out

    def postorder(self, name, pos, done):
        # the entities [name] needs that [done] lacks, each once, every one after those
        # it references;
        # an undefined or recursive reference is reported (at buf[pos], the reference in
        # the document) in the order expat meets it
        if name in done:
            return []
        order = []
        path = [name]
        stack = [iter(self.parts(name))]
        while stack:
            for _, ref in stack[-1]:
                if ref is None or ref in _PREDEF or ref[0] == "#":
                    continue
                if ref not in self.entities:
                    if self.external and not self.standalone:
                        continue    # expat skips it: it may be in the unread DTD
                    self.fail(11, "undefined entity", pos)
                if ref in path:
                    self.fail(12, "recursive entity reference", pos)
                if ref not in done and ref not in order:
                    path.append(ref)
                    stack.append(iter(self.parts(ref)))
                    break
            else:
                stack.pop()
                order.append(path.pop())
        return order

    def expand(self, name, pos):
        # checks internal entity [name] referenced at buf[pos] (its references defined,
        # none recursive) and counts the text its expansion makes. Past expat's activation threshold the text expanded
        # (counted at every level of nesting) may not exceed 100 times the document
        # (billion laughs): checked before any of it is built.
        for n in self.postorder(name, pos, self.ent_cost):
            size = cost = 0
            for lit, ref in self.parts(n):
                size += len(lit)
                if ref is not None:
                    if ref in _PREDEF or ref[0] == "#":
                        size += 1
                    else:
                        size += self.ent_size.get(ref, 0)    # (0: skipped)
                        cost += self.ent_cost.get(ref, 0)
            self.ent_size[n] = size
            self.ent_cost[n] = size + cost
        self.amplified += self.ent_cost[name]
        if self.amplified > _AMP_THRESHOLD and self.amplified > _AMP_FACTOR * len(self.buf):
            self.fail(43, "limit on input amplification factor (from DTD and entities) "
                      "breached", pos)

    def partial_expansion(self, name):
        # the text expat delivers from entity [name] before the undefined reference
        # that stops it
        path = [name]
        stack = [iter(self.parts(name))]
        while stack:
            for lit, ref in stack[-1]:
                lines = lit.split("\n")
                for j, line in enumerate(lines):
                    self.data(line)
                    if j < len(lines) - 1:
                        self.data("\n")
                if ref is None:
                    continue
                if ref in _PREDEF or ref[0] == "#":
                    self.data(_ref_char(ref))
                    continue
                if ref not in self.entities or ref in path:
                    return
                path.append(ref)
                stack.append(iter(self.parts(ref)))
                break
            else:
                stack.pop()
                path.pop()

    def form(self, name, memo, build):
        # memo[name], building it (and those of the entities it needs) with build
        if name not in memo:
            for n in self.postorder(name, 0, memo):
                memo[n] = build(n)
        return memo[name]

    def attr_text_of(self, n):
        # as part of an attribute value: white space normalised, a literal '<' makes the
        # start tag invalid
        out = []
        for lit, ref in self.parts(n):
            if "<" in lit:
                self.invalid(self.tag_start)
            out.append(lit.translate(_ATTR_SPACE))
            if ref is not None:
                out.append(_ref_char(ref) if ref in _PREDEF or ref[0] == "#"
                           else self.ent_attr.get(ref, ""))
        return "".join(out)

    def pieces_of(self, n):
        # in content, expat's pieces: each run of text line by line, each predefined or
        # character reference alone, nested entities in turn
        out = []
        for lit, ref in self.parts(n):
            start = 0
            k = lit.find("\n")
            while k >= 0:
                out += (lit[start:k], "\n")
                start = k + 1
                k = lit.find("\n", start)
            out.append(lit[start:])
            if ref is not None:
                if ref in _PREDEF or ref[0] == "#":
                    out.append((_ref_char(ref), "&%s;" % ref))     # with its text
                else:
                    # (None, name): an undefined entity skipped
                    out += self.ent_pieces.get(ref, [(None, ref)])
        return [x for x in out if x]

    def ref_error_at(self, amp):
        # where the reference starting at buf[amp] stops being well-formed
        buf = self.buf
        k = amp + 1
        self.need(k)
        if buf[k] == "#":
            k += 1
            digits = "0123456789"
            self.need(k)
            if buf[k] == "x":
                k += 1
                digits += "abcdefABCDEF"
            while k < len(buf) and buf[k] in digits:
                k += 1
            self.need(k)
            return k
        m = _NAME.match(buf, k)
        if m is not None:
            k = m.end()
        self.need(k)
        return k

    def attr_value(self, at):
        # the normalised value of the attribute value starting at its quote
        buf = self.buf
        self.need(at)
        q = buf[at]
        if q not in "'\"":
            self.invalid(at)
        close = buf.find(q, at + 1)
        end = len(buf) if close < 0 else close
        # expat reads the tag's tokens before any reference is replaced: a '<' after
        # well-formed references is found first
        k = at + 1
        while True:
            lt = buf.find("<", k, end)
            amp = buf.find("&", k, lt if lt >= 0 else end)
            if amp < 0:
                if lt >= 0:
                    self.invalid(lt)
                break
            m = _REF_SYNTAX.match(buf, amp)
            if m is None:
                self.invalid(self.ref_error_at(amp))
            k = m.end()
        self.need(end)
        k = at + 1
        out = []
        while True:
            self.need(k)
            c = buf[k]
            if c == q:
                break
            if c == "<":
                self.invalid(k)
            if c == "&":
                save = self.pos
                out.append(self.reference(k, True))
                k, self.pos = self.pos, save
                continue
            if c in "\t\n":
                c = " "
            elif _BADCHAR.match(c):
                self.invalid(k)
            out.append(c)
            k += 1
        return "".join(out), k + 1

    def start_tag(self, pos):
        buf = self.buf
        self.tag_start = pos
        name, at = self.qname_at(pos + 1)
        attrs = []
        seen = set()
        empty = False
        while True:
            k = self.skip_space(at)
            c = buf[k]
            if c == ">":
                at = k + 1
                break
            if c == "/":
                self.need(k, 2)
                if buf[k + 1] != ">":
                    self.invalid(k + 1)
                at = k + 2
                empty = True
                break
            if k == at:
                self.invalid(k)
            aname, k2 = self.qname_at(k)
            if aname in seen:
                self.fail(8, "duplicate attribute", k)
            seen.add(aname)
            k2 = self.skip_space(k2)
            if buf[k2] != "=":
                self.invalid(k2)
            k2 = self.skip_space(k2 + 1)
            value, at = self.attr_value(k2)
            attrs.append((aname, value))
        self.pos = at
        decls = self.attdefs.get(name)
        self.defaulted = 0
        if decls:
            # declared types other than CDATA normalise the value; the attributes the
            # tag lacks with a default follow those it has
            attrs = [(k, v if decls.get(k, (True,))[0] else _tokenized(v)) for k, v in attrs]
            for k, (cdata, default) in decls.items():
                if default is not None and k not in seen:
                    attrs.append((k, default))
                    self.defaulted += 1
        self.span = (pos, at)
        self.empty = empty
        self.open(name, attrs, pos)
        if empty:
            self.tok = at
            self.span = None
            self.close(name)

    def qualify(self, raw, scope, default, pos):
        if not self.ns:
            return raw
        prefix, sep, local = raw.partition(":")
        if not sep:
            return self.expanded(default, raw) if default else raw
        uri = scope.get(prefix)
        if uri is None:
            self.fail(27, "unbound prefix", pos)
        return self.expanded(uri, local, prefix)

    def expanded(self, uri, local, prefix=""):
        if self.ns_sep is None:
            return "{%s}%s" % (uri, local)
        if self.ns_prefixes and prefix:
            return uri + self.ns_sep + local + self.ns_sep + prefix
        return uri + self.ns_sep + local

    def open(self, name, attrs, pos):
        if self.state == 0:
            self.state = 1
            if not self.doctype_seen:
                self.external_dtd(None, None, pos)
        scope = self.scope
        declared = []
        plain = []
        for k, v in attrs:
            if self.ns and (k == "xmlns" or k.startswith("xmlns:")):
                prefix = k[6:]
                _check_declaration(self, prefix, v, pos)
                if scope is self.scope:
                    scope = dict(scope)
                scope[prefix] = v
                declared.append((prefix, v))
            else:
                plain.append((k, v))
        default = scope.get("")
        tag = self.qualify(name, scope, default, pos)
        attrib = {}
        for k, v in plain:
            q = self.qualify(k, scope, None, pos)
            if q in attrib:     # two prefixes bound to one namespace name
                self.fail(8, "duplicate attribute", pos)
            attrib[q] = v
        self.stack.append((name, self.scope, declared))
        self.scope = scope
        f = getattr(self.h, "start_ns", None)
        if f is not None:
            for prefix, uri in declared:
                f(prefix, uri)
        f = getattr(self.h, "start", None)
        if f is not None:
            f(tag, attrib)

    def end_tag(self, pos):
        buf = self.buf
        if self.state != 1:
            self.invalid(pos + 1)
        name, at = self.qname_at(pos + 2)
        at = self.skip_space(at)
        if buf[at] != ">":
            self.invalid(at)
        if not self.stack:
            self.fail(13, "asynchronous entity", pos)   # an external entity's own end
        if name != self.stack[-1][0]:
            self.fail(7, "mismatched tag", pos + 2)
        self.pos = at + 1
        self.span = (pos, at + 1)
        self.close(name)

    def close(self, name):
        raw, outer, declared = self.stack.pop()
        scope = self.scope
        tag = self.qualify(raw, scope, scope.get(""), 0)
        self.scope = outer
        f = getattr(self.h, "end", None)
        if f is not None:
            f(tag)
        f = getattr(self.h, "end_ns", None)
        if f is not None:
            for prefix, _ in reversed(declared):
                f(prefix)
        if not self.stack and self.entity_mode is None:
            self.state = 2


