# Malformed DTD declarations and entity references: ExpatError's message, code, line,
# column and byte index as expat gives them (with the handlers called before the error),
# references to unparsed and external entities, ExternalEntityRefHandler's and
# NotStandaloneHandler's results, SetParamEntityParsing and UseForeignDTD.
import xml.parsers.expat as E
import xml.etree.ElementTree as ET

BAD = [
    '<!ELEMENT r(a)>', '<!ELEMENT r FOO>', '<!ELEMENT r (a|b,c)>', '<!ELEMENT r (#PCDATA|a)>',
    '<!ELEMENT r (a,#PCDATA)>', '<!ELEMENT r ()>', '<!ELEMENT r (a) *>', '<!ELEMENT r (a)',
    '<!ELEMENT r (a>', '<!ELEMENT>', '<!ELEMENT r>', '<!ELEMENT r (#PCDATA|a)+>',
    '<!ELEMENT r (#PCDATA)+>', '<!ELEMENT r (1a)>', '<!ELEMENT 1r EMPTY>',
    '<!ELEMENT r EMPTY extra>', '<!ELEMENT r (a|b|)>', '<!ELEMENT r (a,,b)>',
    '<!ELEMENT r (a b)>', '<!ELEMENT r (#CDATA)>', '<!ELEMENT r (a)(b)>', '<!ELEMENT r EMPTY',
    '<!ATTLIST r a CDATA>', '<!ATTLIST r a FOO "x">', '<!ATTLIST r a CDATA #FIXED>',
    '<!ATTLIST r a CDATA #BAD>', '<!ATTLIST r a CDATA"x">', '<!ATTLIST r a (x|) "x">',
    '<!ATTLIST r a (x y) "x">', '<!ATTLIST r a NOTATION x "x">', '<!ATTLIST r a CDATA "<">',
    '<!ATTLIST r a CDATA "&undef;">', '<!ATTLIST r a CDATA "x"b CDATA "y">',
    '<!ATTLIST r a CDATA #IMPLIED "x">', '<!ATTLIST>', '<!ATTLIST r a CDATA "x&#0;">',
    '<!ATTLIST r a CDATA #FIXED"x">', '<!ATTLIST r a (x)* "x">',
    '<!ENTITY e>', '<!ENTITY e "x" "y">', '<!ENTITY e SYSTEM>', '<!ENTITY e PUBLIC "p">',
    '<!ENTITY e SYSTEM "s" NDATA>', '<!ENTITY % e SYSTEM "s" NDATA n>', '<!ENTITY %e "x">',
    '<!ENTITY% e "x">', '<!ENTITY e FOO "x">', '<!ENTITY e "%pe;">', '<!ENTITY e "ab%pe;">',
    '<!ENTITY e PUBLIC "a{b" "s">', '<!ENTITY e SYSTEM "s" FOO n>', '<!ENTITY e "&#1;">',
    '<!NOTATION n>', '<!NOTATION n SYSTEM>', '<!NOTATION n FOO "s">',
    '<!NOTATION n SYSTEM "s" "t">', '<!FOO x>', '<![INCLUDE[ ]]>', 'junk', '"lit"',
    '<!-- x -- y -->', '<?xml x?>', '<? x?>', '<r/>', '\x01', '%pe', '%pe x',
]
for d in BAD:
    doc = '<!DOCTYPE r [\n' + d + '\n]>\n<r/>'
    p = E.ParserCreate()
    out = []
    p.ElementDeclHandler = lambda *a: out.append(('E',) + a)
    p.AttlistDeclHandler = lambda *a: out.append(('A',) + a)
    p.EntityDeclHandler = lambda *a: out.append(('N',) + a)
    p.NotationDeclHandler = lambda *a: out.append(('T',) + a)
    try:
        p.Parse(doc, True)
        print(repr(d), 'OK', out)
    except E.ExpatError as e:
        print(repr(d), e.code, e, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, out)
    try:
        ET.fromstring(doc)
    except ET.ParseError as e:
        print("   etree", e.code, e.position)

# documents that end inside the DTD
for doc in ['<!DOCTYPE r [<!-- abc', '<!DOCTYPE r [<?pi abc', '<!DOCTYPE r [%pe', '<!DOCTYPE r',
            '<!DOCTYPE r SYSTEM "x"', '<!DOCTYPE', '<!DOCTYPE r [<!ELEMENT r (a|b)*',
            '<!DOCTYPE r [<!ELEMENT', '<!DOCTYPE r [<!ENTITY e "x>', '<!DOCTYPE r [',
            '<!DOCTYPE r [ ]', '<!DOCTYPE r [ <!ELEMENT r EMPTY> ', '<!DOCTYPE r [<!ELEMENT r EMPTY']:
    p = E.ParserCreate()
    try:
        p.Parse(doc, True)
    except E.ExpatError as e:
        print(repr(doc), e.code, e)

# references to unparsed and external entities
for doc in ['<!DOCTYPE r [<!ENTITY n SYSTEM "n.bin" NDATA gif>]><r>&n;</r>',
            '<!DOCTYPE r [<!ENTITY n SYSTEM "n.bin" NDATA gif>]><r a="&n;"/>',
            '<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r a="&e;"/>',
            '<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>',
            '<!DOCTYPE r [<!ELEMENT r ANY>]>\n<r>&e;</r>',
            '<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "x.dtd"><r>&v;</r>']:
    for handler in (False, True):
        p = E.ParserCreate()
        p.SkippedEntityHandler = lambda *a: print("  skipped", a)
        if handler:
            p.ExternalEntityRefHandler = lambda *a: print("  external", a) or 1
        try:
            p.Parse(doc, True)
            print(repr(doc), handler, "ok")
        except E.ExpatError as e:
            print(repr(doc), handler, e.code, e)
    try:
        ET.fromstring(doc)
    except ET.ParseError as e:
        print("   etree", e.code, e)

# ExternalEntityRefHandler: its context (the entity, after the namespaces in scope), base,
# ids; a false result is an error, a result that is not an int a TypeError
for sep in (None, " "):
    for ret in (1, 0, None, "x"):
        p = E.ParserCreate(namespace_separator=sep)
        p.SetBase("b/")
        p.ExternalEntityRefHandler = lambda *a: print("  external", a) or ret
        try:
            p.Parse('<!DOCTYPE r [<!ENTITY e PUBLIC "-//e" "e.xml">]><r xmlns="urn:d">&e;</r>', True)
            print("ok")
        except Exception as e:
            print(type(e).__name__, e)

# NotStandaloneHandler returning 0 stops the document
for doc in ['<!DOCTYPE r SYSTEM "x.dtd"><r/>', '<!DOCTYPE r [ %pe; ]><r/>',
            '<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "x.dtd"><r/>']:
    p = E.ParserCreate()
    p.NotStandaloneHandler = lambda: 0
    try:
        p.Parse(doc, True)
        print("ok")
    except E.ExpatError as e:
        print(e.code, e)

p = E.ParserCreate()
print(p.SetParamEntityParsing(0), p.SetParamEntityParsing(2), p.UseForeignDTD(), p.UseForeignDTD(False))
try:
    p.SetParamEntityParsing("x")
except TypeError as e:
    print("TypeError", e)
p = E.ParserCreate()
p.UseForeignDTD()
p.SkippedEntityHandler = lambda *a: print("skipped", a)
p.Parse("<r>&e;</r>", True)
p = E.ParserCreate()
p.UseForeignDTD(False)
try:
    p.Parse("<r>&e;</r>", True)
except E.ExpatError as e:
    print(e.code, e)
p = E.ParserCreate()


def inside(*a):
    print("during", p.SetParamEntityParsing(1))
    try:
        p.UseForeignDTD()
    except E.ExpatError as e:
        print(e.code, e)


p.StartElementHandler = inside
p.Parse("<r/>", True)
