# The external DTD subset as pyexpat announces it: with SetParamEntityParsing on,
# ExternalEntityRefHandler is called with context None and the DOCTYPE's ids (after the
# internal subset, before EndDoctypeDecl), or with None ids for UseForeignDTD when the
# document has no DOCTYPE; a deep content model is a RecursionError as CPython converts
# it; minidom's DocumentType.cloneNode; malformed tokens found in declarations.
import sys
import xml.dom.minidom as M
import xml.parsers.expat as E


def run(doc, pe=None, foreign=None, ret=1, **handlers):
    out = []
    p = E.ParserCreate()
    if foreign is not None:
        p.UseForeignDTD(foreign)
    if pe is not None:
        print("  SetParamEntityParsing", p.SetParamEntityParsing(pe))
    p.ExternalEntityRefHandler = lambda *a: out.append(("ext",) + a) or ret
    p.StartDoctypeDeclHandler = lambda *a: out.append(("start",) + a)
    p.EndDoctypeDeclHandler = lambda: out.append(("end",))
    p.StartElementHandler = lambda *a: out.append(("elem",) + a)
    p.SkippedEntityHandler = lambda *a: out.append(("skipped",) + a)
    p.SetBase("base/")
    try:
        p.Parse(doc, True)
        print(" ", out)
    except E.ExpatError as e:
        print(" ", out, e.code, e)


for pe in (None, E.XML_PARAM_ENTITY_PARSING_NEVER, E.XML_PARAM_ENTITY_PARSING_ALWAYS,
           E.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE):
    print("param entity parsing", pe)
    run("<?xml version='1.0'?><!DOCTYPE foo PUBLIC 'bar' 'baz'><foo/>", pe)
    run("<!DOCTYPE foo SYSTEM 'sys' [<!ELEMENT foo ANY>]><foo>&e;</foo>", pe)
    run("<?xml version='1.0' standalone='yes'?><!DOCTYPE foo SYSTEM 'sys'><foo/>", pe)
    run("<?xml version='1.0'?><element>&e;</element>", pe, True)
    run("<!DOCTYPE foo><foo/>", pe, True)
    run("<element/>", pe, False)
run("<!DOCTYPE foo SYSTEM 'sys'><foo/>", E.XML_PARAM_ENTITY_PARSING_ALWAYS, ret=0)

# once parsing has begun these settings cannot change
p = E.ParserCreate()


def inside(*a):
    print("SetParamEntityParsing during parse", p.SetParamEntityParsing(2))
    try:
        p.UseForeignDTD()
    except E.ExpatError as e:
        print("UseForeignDTD during parse", e.code, e)


p.StartElementHandler = inside
p.Parse("<r/>", True)
print("after", p.SetParamEntityParsing(1), p.UseForeignDTD(True))

# content models nested past the recursion limit
for n in (10, 950, 2000):
    data = "<!DOCTYPE root [<!ELEMENT root " + "(a, " * n + "a" + ")" * n + ">]><root/>"
    for handler in (True, False):
        p = E.ParserCreate()
        if handler:
            p.ElementDeclHandler = lambda name, model: print("  model", name, len(repr(model)))
        try:
            p.Parse(data, True)
            print(n, handler, "ok")
        except RecursionError as e:
            print(n, handler, "RecursionError", e)

# DocumentType.cloneNode: only one no document owns
dt = M.getDOMImplementation().createDocumentType("doc", "pub", "sys")
dt.entities._seq = []
dt.notations._seq = []
dt.notations._seq.append(M.Notation("n", None, "n-sys"))
ent = M.Entity("e", None, "e-sys", "n")
ent.version, ent.encoding, ent.actualEncoding = "1.0", "utf-8", "us-ascii"
dt.entities._seq.append(ent)
for deep in (0, 1):
    c = dt.cloneNode(deep)
    print(deep, c.name, c.nodeName, c.publicId, c.systemId, len(c.entities), len(c.notations),
          c.entities.item(0) is not ent,
          [(e.nodeName, e.notationName, e.systemId, e.version, e.encoding, e.actualEncoding)
           for e in c.entities._seq],
          [(n.nodeName, n.publicId, n.systemId) for n in c.notations._seq])
doc = M.parseString("<!DOCTYPE r [<!ENTITY e 'x'>]><r/>")
print(doc.doctype.cloneNode(0), doc.doctype.cloneNode(1), doc.cloneNode(1).doctype.name)

# tokens of the prolog and the DTD: an invalid token is found before the grammar's error
BAD = ["<!D)OCTYPE r><r/>", "<!YPE r><r/>", ")<!DOCTYPE r><r/>", "PUBLIC<!DOCTYPE r><r/>",
       "<![DOCTYPE r><r/>", "#PCDATA!x<r/>", "<!DOCTYPE r [<!ENTIT% e 'x'>]><r/>",
       "<!DOCTYPE r [<!ENTx SYSTEM 'x]><r/>", "<!DOCTYPE r [<!ELEMENT g (#PCDA[TA)>]><r/>",
       "<!DOCTYPE r [<!ELEM\"ENT f EMPTY>]><r/>", "<!DOCTYPE r [<!ATTLIS> r a CDATA '1'>]><r/>",
       "<!DOCTYPE r [<!ATTLIST r a CDATA <#IMPLIED>]><r/>", "<!DOCTYPE r [ ]!ENTITY ]><r/>",
       "<!DOCTYPE r [ %\n ]><r/>", "<!DOCTYPE r [<!ATTLIST r a CDATA '1' b '(x| \"x\">",
       "<!DOCTYPE r [<!ENTITY e 'v%&amp;'>]><r/>", "<!DOCTYPE r [<!ENTITY e 'a % b'>]><r/>",
       "<!DOCTYPE r [<!ENTITY e 'a %'>]><r/>", "<!DOCTYPE r [<!ENTITY e 'a%b'>]><r/>",
       "<!DOCTYPE r [<!ENTITY e 'a%b:'>]><r/>", "<!DOCTYPE r [<!ENTITY e 'v&am!p;'>]><r/>",
       "<!DOCTYPE r [<!ENTITY e 'text &#65;&2; more'>]><r/>",
       "<!DOCTYPE r [<!ENTITY e 'v&amNOTATIONp;'>]><r>&e;</r>",
       "<!DOCTYPE r SYSTEM 'x' [<!ATTLIST r a CDATA 'x&undef;y'>]><r/>",
       "<!DOCTYPE r [<!ENTITY x SYSTEM 'x'>]><r b=\" e;&(x;</r>",
       "<!DOCTYPE r [<!ENTITY x SYSTEM 'x'>]><r b=\" &x;</r>",
       "<!DOCTYPE r [<!ENTITY e PUBLIC '  -//a\n  b  ' 'x'>]><r/>",
       "<?xml version=\"1.0]\"?><r/>", "<?xml version=\"1 0\"?><r/>",
       "<!DOCTYPE r [<!ENTITY e \"x\"><!ENTITY e \"y\"><!ENTITY f SYSTEM \"a\">"
       "<!ENTITY f SYSTEM \"b\">]><r>&e;</r>"]
for doc in BAD:
    out = []
    p = E.ParserCreate()
    p.AttlistDeclHandler = lambda *a: out.append(("A",) + a)
    p.EntityDeclHandler = lambda *a: out.append(("N",) + a)
    p.StartElementHandler = lambda *a: out.append(("S",) + a)
    p.CharacterDataHandler = lambda *a: out.append(("C",) + a)
    p.DefaultHandler = lambda *a: out.append(("D",) + a)
    try:
        p.Parse(doc, True)
        print(repr(doc), "ok", out)
    except E.ExpatError as e:
        print(repr(doc), e.code, e, p.ErrorByteIndex, out)

# more tokens: a keyword with ':' (a name character without namespaces), comments and
# PIs out of place are checked as tokens, ']]>' in the subset, '<' and a space after the
# root; with namespace processing a DTD name has at most one ':'
MORE = ['<!DOCTYPE r [<!ATTLIST:r a CDATA "1">]><r/>', '<!DOCTYPE r [<!ELEMENT r <?ANY>]><r/>',
        '<?xm?l version="1.0"?><r/>', '<!DOCTYPE r [ ]]><!ELEMENT r ANY>]><r/>',
        '<!DOCTYPE r [<!ATTLIST r a CDATA <!--d" -- x>]><r/>', '<r/>\n< post -->',
        '<!DOCTYPE r [<!ATTLIST r a CDATA "&d">]><r/>', '<!DOCTYPE r [<!ELEMENT r <!-- x>',
        '<!DOCTYPE p:p:r><r/>', '<!DOCTYPE p: [<!ELEMENT :r ANY>]><r/>',
        '<!DOCTYPE r [<!ATTLIST r a CDATA #FIXE:x "1">]><r/>',
        '<!DOCTYPE r [<!ENTITY % :p "x">]><r/>', '<!DOCTYPE r [ %:p; ]><r/>']
for doc in MORE:
    for sep in (None, " "):
        p = E.ParserCreate(namespace_separator=sep)
        try:
            p.Parse(doc, True)
            print(repr(doc), sep, "ok")
        except E.ExpatError as e:
            print(repr(doc), sep, e.code, e)

# under an external subset an undefined entity referenced inside an internal entity is
# skipped (it may be declared in the unread DTD): SkippedEntityHandler, else the
# default handler, gets it; in an attribute it is left out
for doc in ['<!DOCTYPE r SYSTEM "x" [<!ENTITY e "a&u;b&amp;c">]><r>&e;</r>',
            '<!DOCTYPE r SYSTEM "x" [<!ENTITY e "a&u;b">]><r a="&e;"/>',
            '<!DOCTYPE r SYSTEM "x" [<!ENTITY f "F&u;"><!ENTITY e "a&f;b">]><r>&e;|&f;</r>',
            '<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "x" '
            '[<!ENTITY e "a&u;b">]><r>&e;</r>']:
    for mode in range(3):
        out = []
        p = E.ParserCreate()
        p.CharacterDataHandler = lambda *a: out.append(("C",) + a)
        p.StartElementHandler = lambda *a: out.append(("S",) + a)
        if mode == 1:
            p.SkippedEntityHandler = lambda *a: out.append(("K",) + a)
        if mode == 2:
            p.DefaultHandlerExpand = lambda *a: out.append(("D",) + a)
        try:
            p.Parse(doc, True)
            print(mode, out)
        except E.ExpatError as e:
            print(mode, out, e.code, e)
