# pyexpat's DefaultHandler / DefaultHandlerExpand: the markup and text no other handler
# takes, as expat hands it over (the tokens of declarations whose handler is not set,
# white space in the prolog and DTD, tags, references); DefaultHandler leaves internal
# entity references unexpanded (SkippedEntityHandler gets them when set), and
# DefaultHandlerExpand expands them; with buffer_text on and off.
import xml.parsers.expat as E
doc = '''<?xml version="1.0" standalone="no"?>
<!-- pro -->
<!DOCTYPE r SYSTEM "r.dtd" [
 <!ELEMENT r ANY>
 <!ATTLIST r a CDATA "d">
 <!ENTITY e "v&amp;w">
 <!ENTITY x SYSTEM "x.xml">
 <!NOTATION n PUBLIC "pn">
 <!ENTITY u SYSTEM "u.bin" NDATA n>
]>
<r b="1">t&e;&lt;&#66;<e/><f></f><![CDATA[c]]>&x;<?p d?><!--c-->&q;</r>
<!-- post -->
'''
sets = [
 ['DefaultHandler'],
 ['DefaultHandler', 'StartElementHandler', 'CharacterDataHandler', 'StartDoctypeDeclHandler'],
 ['DefaultHandler', 'EndElementHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'SkippedEntityHandler', 'ExternalEntityRefHandler'],
 ['DefaultHandlerExpand', 'AttlistDeclHandler', 'NotationDeclHandler', 'ElementDeclHandler', 'XmlDeclHandler', 'CommentHandler'],
 ['DefaultHandlerExpand', 'UnparsedEntityDeclHandler', 'StartCdataSectionHandler', 'ProcessingInstructionHandler', 'NotStandaloneHandler'],
]
for s in sets:
    print('---', s)
    for bt in (0, 1):
        p = E.ParserCreate()
        p.buffer_text = bt
        for n in s:
            setattr(p, n, (lambda n: lambda *a: print(n[:-7], a) or 1)(n))
        p.Parse(doc, True)
p = E.ParserCreate(namespace_separator='!')
p.DefaultHandler = lambda *a: print('D', a)
p.StartElementHandler = lambda *a: print('S', a)
p.Parse('<!DOCTYPE r [<!ATTLIST r xmlns CDATA "urn:x" xmlns:p CDATA "urn:p" p:a CDATA "v">]><r xmlns:q="urn:q" q:b="2"><p:e/></r>', True)

# the last of the two set is the one called
p = E.ParserCreate()
p.DefaultHandler = lambda *a: print('D', a)
p.DefaultHandlerExpand = lambda *a: print('DE', a)
p.Parse('<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', True)
p = E.ParserCreate()
p.DefaultHandlerExpand = lambda *a: print('DE', a)
p.DefaultHandler = lambda *a: print('D', a)
p.Parse('<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', True)
# fed in pieces: the same calls
out = []
p = E.ParserCreate()
p.DefaultHandler = out.append
data = doc.encode()
for i in range(len(data)):
    p.Parse(data[i:i + 1])
p.Parse(b"", True)
print("".join(out) == doc, len(out))
