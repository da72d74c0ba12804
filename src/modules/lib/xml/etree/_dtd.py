"""xml.etree._dtd: the DOCTYPE declaration and its internal subset for xml.etree._scan
(safepy's own implementation).

A declaration is first cut into expat's prolog tokens (names, name tokens, '#' keywords,
literals, the punctuation of content models, parameter entity references, white space)
up to its '>'; only a complete declaration is interpreted, so its events are reported
once however the document is fed. The tokens are then read as expat's grammar reads them
(white space between tokens is never required: what may follow a name or a literal is
a tokenizer rule), and the scanner's events are called as each part completes: element
content models as expat's (type, quantifier, name, children) tuples, attribute
declarations one by one, entities (internal, external, unparsed, parameter), notations.
The scanner keeps what content needs: attribute defaults and types per element, entities.
With a default handler, the tokens of a declaration whose handler is not set are handed
to it one by one, as expat does.
"""

import re

# expat's content model constants (xml.parsers.expat.model)
_EMPTY, _ANY, _MIXED, _NAME_T, _CHOICE, _SEQ = 1, 2, 3, 4, 5, 6
_QUANT = {"": 0, "?": 1, "*": 2, "+": 3}
_ATT_TYPES = ("CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS")
_SPACE = " \t\n"
_PUBID_BAD = re.compile(r"[^-\x20\n\ra-zA-Z0-9'()+,./:=?;!*#@$_%]")
_AFTER_NAME = _SPACE + ">),|[%"
_AFTER_POUND = _SPACE + ">)|%"
_AFTER_LIT = _SPACE + ">%["
_AFTER_PAREN = _SPACE + ">,|)"
_DECL_KIND = {"ELEMENT": "element", "ATTLIST": "attlist", "ENTITY": "entity",
              "NOTATION": "notation"}


class _Tokens:
    """The tokens of one declaration, read past white space as expat's grammar does."""

    def __init__(self, sc, toks, consumed):
        self.sc = sc
        self.toks = toks
        self.i = 1          # after the declaration's keyword
        self.consumed = consumed    # by the declaration's handler
        self.done = 0       # tokens before it are reported or consumed

    def flush(self, upto, skip=False):
        # the default handler gets the tokens before toks[upto] not reported yet (skip:
        # and toks[upto] is taken by a handler)
        if not self.consumed:
            for _, start, end in self.toks[self.done:upto]:
                self.sc.default(start, end)
        self.done = max(self.done, upto + 1 if skip else upto)

    def next(self):
        sc = self.sc
        while True:
            kind, start, end = self.toks[self.i]
            self.i += 1
            if kind != "S":
                self.flush(self.i - 1)      # as expat, token by token
            if kind == "bad":
                sc.invalid(start)
            if kind == "eof":
                sc.fail(3, "no element found", start)
            if kind == "unclosed":
                sc.fail(5, "unclosed token", start)
            if kind != "S":
                sc.tok = start
                return kind, start, end

    def report(self):
        # the token just read goes to the default handler even when the declaration's
        # handler is set (expat's quirk for a choice's second and later '|')
        if self.consumed:
            _, start, end = self.toks[self.i - 1]
            self.sc.default(start, end)

    def text(self, t):
        return self.sc.buf[t[1]:t[2]]

    def expect(self, kind):
        t = self.next()
        if t[0] != kind:
            self.sc.syntax(t[1])
        return t

    def name(self):
        t = self.next()
        if t[0] != "name":
            self.sc.syntax(t[1])
        return self.text(t)

    def literal(self):
        t = self.next()
        if t[0] != "lit":
            self.sc.syntax(t[1])
        return t


def tokenize(sc, at, stops=">"):
    # expat's prolog tokens from buf[at] (the '<!' of a declaration) through the first
    # token in [stops]: (kind, start, end) triples; an invalid character ends the list
    # with ("bad", at it), the end of a final document with ("eof", at it); else an
    # incomplete declaration waits for more text
    buf = sc.buf
    end = keyword_end(sc, at + 2)
    if end == at + 2:
        sc.invalid(end)
    c = buf[end]
    if c == "%":
        sc.need(end + 1)
        if buf[end + 1] in _SPACE + "%":
            return [("decl", at, end), ("bad", end, end)]
    elif c not in _SPACE:
        return [("decl", at, end), ("bad", end, end)]
    toks = [("decl", at, end)]
    k = end
    while True:
        t = token(sc, k)
        toks.append(t)
        if t[0] in ("bad", "eof", "unclosed") or t[0] in stops:
            return toks
        k = t[2]


def token(sc, k):
    # the prolog token at buf[k]; ("bad", where) when it is invalid, ("eof", k) where
    # a final document ends (a token cut short included: expat finds no element there)
    buf = sc.buf
    n = len(buf)

    def at_end(k):
        if k < n:
            return False
        if sc.final:
            return True
        sc.need(k)
    if at_end(k):
        return ("eof", n, n)
    c = buf[k]
    start = k
    if c in _SPACE:
        while k < n and buf[k] in _SPACE:
            k += 1
        return ("S", start, k)
    if c in "'\"":
        close = buf.find(c, k + 1)
        if close < 0:
            if sc.final:
                return ("unclosed", k, k)
            sc.need(n)
        k = close + 1
        if at_end(k):
            return ("eof", n, n)
        if buf[k] not in _AFTER_LIT:
            # what follows a literal is part of its token: the literal is invalid
            return ("bad", k, k)
        return ("lit", start, k)
    if c == "#" or sc.namechar_re.match(c):
        kind = "name"
        if c == "#":
            kind = "pound"
            k += 1
            if at_end(k):
                return ("eof", n, n)
            if not sc.name_re.match(buf, k) or (sc.ns and buf[k] == ":"):
                return ("bad", k, k)
        elif not sc.name_re.match(c):
            kind = "nmtoken"
        k = sc.namechars_re.match(buf, k).end()
        if kind == "pound" and sc.ns and ":" in buf[start:k]:
            k = buf.index(":", start)     # with namespaces no ':' in a '#' keyword
        if at_end(k):
            return ("eof", n, n)
        if kind == "name" and sc.ns and not sc.qname_re.fullmatch(buf, start, k):
            kind = "nmtoken"    # with namespaces a name has one ':' between two parts
        c = buf[k]
        if c in "?*+" and kind == "name":
            return ("name" + c, start, k + 1)
        if c not in (_AFTER_POUND if kind == "pound" else _AFTER_NAME):
            return ("bad", k, k)
        return (kind, start, k)
    if c == ")":
        if at_end(k + 1):
            return ("eof", n, n)
        c2 = buf[k + 1]
        if c2 in "?*+":
            return (")" + c2, k, k + 2)
        if c2 not in _AFTER_PAREN:
            return ("bad", k + 1, k + 1)
        return (")", k, k + 1)
    if c == "%":
        if at_end(k + 1):
            return ("eof", n, n)
        if buf[k + 1] in _SPACE + "%":
            return ("%", k, k + 1)
        m = (sc.ncname_re if sc.ns else sc.name_re).match(buf, k + 1)
        if m is None:
            return ("bad", k + 1, k + 1)
        if at_end(m.end()):
            return ("eof", n, n)
        if buf[m.end()] != ";":
            return ("bad", m.end(), m.end())
        return ("peref", start, m.end() + 1)
    if c in "(|,[]>":
        return (c, k, k + 1)
    if c == "<":
        bad = markup_start(sc, k)
        if bad is not None:
            return ("bad", bad, bad)
        # a comment or PI out of place is still a whole token, checked as one
        sc.need(k + 3)
        if buf.startswith("<!--", k):
            j = buf.find("--", k + 4)
            if j >= 0 and j + 2 < n and buf[j + 2] != ">":
                return ("bad", j + 2, j + 2)
        elif buf[k + 1] == "?":
            m = sc.name_re.match(buf, k + 2)
            if m is None:
                return ("bad", k + 2, k + 2)
            j = m.end()
            sc.need(j + 1)
            if buf[j] == "?" and buf[j + 1] != ">":
                return ("bad", j + 1, j + 1)
            if buf[j] not in _SPACE + "?":
                return ("bad", j, j)
            j = buf.find("?>", j)
        else:
            return ("<", k, k + 1)
        if j < 0 or j + 2 >= n:
            if sc.final:
                return ("unclosed", k, k)
            sc.need(n)
        return ("<", k, k + 1)
    return ("bad", k, k)


def check_token(sc, k, cut_short=True):
    # the token at buf[k], out of place, is reported as invalid or unclosed when it is
    # (cut_short: also when the document ends in it)
    t = token(sc, k)
    if t[0] == "bad":
        sc.invalid(t[1])
    if t[0] == "unclosed" or (t[0] == "eof" and cut_short):
        sc.fail(5, "unclosed token", k)


def keyword_end(sc, k):
    # the end of the letters of a '<!' keyword from buf[k] (expat: name-start
    # characters, ':' among them without namespace processing), waiting for the
    # character after them
    buf = sc.buf
    chars = "_" if sc.ns else "_:"
    while True:
        sc.need(k)
        c = buf[k]
        if not ("A" <= c <= "Z" or "a" <= c <= "z" or c in chars):
            return k
        k += 1


def markup_start(sc, k):
    # where the markup starting with '<' at buf[k] is an invalid token (None: it is a
    # token, out of place or not): '<!' and letters then white space, a comment, a
    # section, a PI or a start tag
    buf = sc.buf
    sc.need(k + 1)
    c = buf[k + 1]
    if c == "?" or sc.name_re.match(c):
        return None
    if c != "!":
        return k + 1
    sc.need(k + 2)
    if buf[k + 2] in "-[":
        return None
    end = keyword_end(sc, k + 2)
    if end == k + 2 or buf[end] not in _SPACE + "%":
        return end
    if buf[end] == "%":
        sc.need(end + 1)
        if buf[end + 1] in _SPACE + "%":
            return end      # '<!ENTITY% ...'
    return None


def doctype(sc, pos):
    # '<!DOCTYPE' S Name (S ExternalID)? S? ('[' | '>'): the start event (after expat's
    # not-standalone check for an external subset) and, without a subset, the end
    toks = tokenize(sc, pos, ">[")
    consumed = sc.consumes("doctype")
    cur = _Tokens(sc, toks, consumed)
    if cur.toks[0][2] - pos != 9 or sc.buf[pos + 2:pos + 9] != "DOCTYPE":
        sc.syntax(pos)
    name = cur.name()
    t = cur.next()
    pubid = system = None
    if t[0] == "name":
        word = cur.text(t)
        if word == "PUBLIC":
            pubid = public_id(sc, cur.literal())
        elif word != "SYSTEM":
            sc.syntax(t[1])
        lit = cur.literal()
        system = literal_text(sc, lit)
        sc.external = True
        sc.not_standalone(lit[1])       # expat asks at the system literal
        t = cur.next()
    if t[0] not in "[>":
        sc.syntax(t[1])
    sc.pos = t[2]
    cur.flush(len(toks) - 1)
    sc.has_subset = t[0] == "["
    sc.tok = t[1]
    sc.event("doctype_start", name, system, pubid, int(sc.has_subset))
    sc.event("doctype", name, pubid, system)
    sc.doctype_ids = (system, pubid)
    if sc.has_subset:
        sc.in_subset = True
        sc.subset_start = t[2]
        if not consumed:
            sc.default(t[1], t[2])
    else:
        end_doctype(sc, t[1])


def end_doctype(sc, at):
    sc.doctype_seen = True
    sc.in_subset = False
    sc.external_dtd(sc.doctype_ids[0], sc.doctype_ids[1], at)
    sc.tok = at
    if not sc.consumes("doctype_end"):
        sc.default(at, at + 1)
    sc.event("doctype_end")


def subset_item(sc, pos):
    # one item of the internal subset at buf[pos]: white space, a declaration, a
    # comment, a processing instruction, a parameter entity reference, or the ']' S? '>'
    # that ends it
    buf = sc.buf
    c = buf[pos]
    if c in _SPACE:
        k = pos
        while k < len(buf) and buf[k] in _SPACE:
            k += 1
        sc.pos = k
        sc.default(pos, k)
        return
    if c == "]":
        if sc.entity_mode == "dtd":
            sc.syntax(pos)      # an external subset has no end bracket
        if not sc.final:
            sc.need(pos + 2)
        if buf.startswith("]]>", pos):
            sc.syntax(pos)      # a section's end, out of place
        k = pos + 1
        while k < len(buf) and buf[k] in _SPACE:
            k += 1
        if k == len(buf) and sc.final:
            sc.fail(3, "no element found", k)
        sc.need(k)
        if not sc.consumes("doctype"):
            sc.default(pos, pos + 1)
            sc.default(pos + 1, k)
        if buf[k] != ">":
            check_token(sc, k)
            sc.syntax(k)
        sc.pos = k + 1
        sc.subset_text = buf[sc.subset_start:pos]
        end_doctype(sc, k)
        return
    if c == "%":
        t = token(sc, pos)
        if t[0] != "peref":
            check_token(sc, pos)
            sc.syntax(pos)
        sc.pos = t[2]
        sc.default(pos, t[2])
        sc.external = sc.pe_refs = True     # expat: the DTD has parameter entity references
        if not sc.standalone:
            sc.keep = False     # declarations after it may depend on it: not used
            sc.not_standalone(pos)
        return
    if c != "<":
        check_token(sc, pos)
        sc.syntax(pos)
    bad = markup_start(sc, pos)
    if bad is not None:
        sc.invalid(bad)
    if buf[pos + 1] == "?":
        sc.pi(pos)
        return
    if buf[pos + 1] != "!":
        sc.syntax(pos)
    sc.need(pos, 3)
    if buf[pos + 2] == "-":
        sc.keyword("--", pos + 2, pos)
        sc.comment(pos)
        return
    if buf[pos + 2] == "[":
        sc.syntax(pos)
    kind = _DECL_KIND.get(buf[pos + 2:keyword_end(sc, pos + 2)])
    if kind is None:
        sc.syntax(pos)
    toks = tokenize(sc, pos)
    consumed = sc.consumes(kind) and (sc.keep or kind in ("element", "notation"))
    cur = _Tokens(sc, toks, consumed)
    if kind == "element":
        element_decl(sc, cur)
    elif kind == "attlist":
        attlist_decl(sc, cur)
    elif kind == "entity":
        entity_decl(sc, cur)
    else:
        notation_decl(sc, cur)
    sc.pos = toks[-1][2]
    cur.flush(len(toks))


def literal_text(sc, t):
    return sc.buf[t[1] + 1:t[2] - 1]


def public_id(sc, t):
    # a public id's characters are checked and its white space normalised
    text = literal_text(sc, t)
    m = _PUBID_BAD.search(text)
    if m:
        sc.fail(32, "illegal character(s) in public id", t[1] + 1 + m.start())
    return " ".join(text.split())


def element_decl(sc, cur):
    name = cur.name()
    t = cur.next()
    if t[0] == "name" and cur.text(t) in ("EMPTY", "ANY"):
        model = (_EMPTY if cur.text(t) == "EMPTY" else _ANY, 0, None, ())
    elif t[0] == "(":
        model = content_model(sc, cur)
    else:
        sc.syntax(t[1])
    sc.event("element_decl", name, model)
    cur.expect(">")


def content_model(sc, cur):
    # after the '(' of a content model: (#PCDATA ...) or a group of element names
    t = cur.next()
    if t[0] == "pound":
        if cur.text(t) != "#PCDATA":
            sc.syntax(t[1])
        names = []
        while True:
            t = cur.next()
            if t[0] == ")" and not names:
                return (_MIXED, 0, None, ())
            if t[0] == ")*":
                return (_MIXED, 2, None, tuple(names))
            if t[0] != "|":
                sc.syntax(t[1])
            names.append((_NAME_T, 0, cur.name(), ()))
    return group(sc, cur, t)


def group(sc, cur, t):
    # a choice or sequence whose first item's token is [t]; nested groups on a stack
    stack = [[None, []]]
    while True:
        kind = t[0]
        if kind == "(":
            stack.append([None, []])
            t = cur.next()
            continue
        if kind[:4] != "name":
            sc.syntax(t[1])
        text = cur.text(t)
        if kind != "name":
            text = text[:-1]
        stack[-1][1].append((_NAME_T, _QUANT[kind[4:]], text, ()))
        while True:
            t = cur.next()
            sep, items = stack[-1]
            if t[0] in "|,":
                if sep is not None and sep != t[0]:
                    sc.syntax(t[1])
                if sep == "|":
                    cur.report()
                stack[-1][0] = t[0]
                t = cur.next()
                break
            if t[0][0] != ")":
                sc.syntax(t[1])
            node = (_CHOICE if sep == "|" else _SEQ, _QUANT[t[0][1:]], None, tuple(items))
            stack.pop()
            if not stack:
                return node
            stack[-1][1].append(node)


def attlist_decl(sc, cur):
    elname = cur.name()
    while True:
        t = cur.next()
        if t[0] == ">":
            return
        if t[0] != "name":
            sc.syntax(t[1])
        attname = cur.text(t)
        t = cur.next()
        word = cur.text(t)
        if t[0] == "name" and word in _ATT_TYPES:
            atype = word
        elif t[0] == "name" and word == "NOTATION":
            cur.expect("(")
            atype = "NOTATION" + enumeration(sc, cur, ("name",))
        elif t[0] == "(":
            atype = enumeration(sc, cur, ("name", "nmtoken"))
        else:
            sc.syntax(t[1])
        t = cur.next()
        word = cur.text(t)
        required = 0
        default = None
        if t[0] == "pound" and word in ("#REQUIRED", "#IMPLIED", "#FIXED"):
            if word == "#REQUIRED":
                required = 1
            elif word == "#FIXED":
                required = 1
                default = sc.default_value(cur.literal(), atype == "CDATA")
        elif t[0] == "lit":
            default = sc.default_value(t, atype == "CDATA")
        else:
            sc.syntax(t[1])
        if sc.keep:
            sc.define_attribute(elname, attname, atype == "CDATA", default)
            sc.event("attlist_decl", elname, attname, atype, default, required)


def enumeration(sc, cur, kinds):
    # after '(': Name-or-Nmtoken ('|' ...)* ')' as the type string expat reports
    words = []
    while True:
        t = cur.next()
        if t[0] not in kinds:
            sc.syntax(t[1])
        words.append(cur.text(t))
        t = cur.next()
        if t[0] == ")":
            return "(" + "|".join(words) + ")"
        if t[0] != "|":
            sc.syntax(t[1])


def entity_decl(sc, cur):
    # with its handler set, expat still hands a redeclared entity's name, literals and
    # closing '>' (after an external id) to the default handler
    t = cur.next()
    pe = 0
    if t[0] == "%":
        pe = 1
        t = cur.next()
    if t[0] != "name":
        sc.syntax(t[1])
    name = cur.text(t)
    new = sc.entity_is_new(name, pe)
    report = cur.report if not new else (lambda: None)
    report()
    t = cur.next()
    if t[0] == "lit":
        sc.internal_entity(name, pe, t)
        report()
        cur.expect(">")
        return
    system, pubid = external_id(sc, cur, t, report)
    t = cur.next()
    notation = None
    if t[0] == "name" and cur.text(t) == "NDATA" and not pe:
        notation = cur.name()
        report()
        if new and sc.consumes("unparsed"):
            cur.flush(cur.i - 1, True)      # expat: that handler takes the name
        sc.external_entity(name, system, pubid, notation)
        t = cur.next()
        if t[0] != ">":
            sc.syntax(t[1])
        return
    if t[0] != ">":
        sc.syntax(t[1])
    report()
    sc.external_entity(name, system, pubid, None, pe)


def external_id(sc, cur, t, report=lambda: None):
    # SYSTEM lit | PUBLIC lit lit: (system, public)
    word = cur.text(t) if t[0] == "name" else None
    if word == "SYSTEM":
        system = literal_text(sc, cur.literal())
        report()
        return system, None
    if word == "PUBLIC":
        pubid = public_id(sc, cur.literal())
        report()
        system = literal_text(sc, cur.literal())
        report()
        return system, pubid
    sc.syntax(t[1])


def notation_decl(sc, cur):
    name = cur.name()
    t = cur.next()
    word = cur.text(t) if t[0] == "name" else None
    if word == "SYSTEM":
        system = literal_text(sc, cur.literal())
        sc.event("notation_decl", name, sc.base, system, None)
        cur.expect(">")
        return
    if word != "PUBLIC":
        sc.syntax(t[1])
    pubid = public_id(sc, cur.literal())
    t = cur.next()
    if t[0] == "lit":
        sc.event("notation_decl", name, sc.base, literal_text(sc, t), pubid)
        cur.expect(">")
        return
    if t[0] != ">":
        sc.syntax(t[1])
    sc.event("notation_decl", name, sc.base, None, pubid)
