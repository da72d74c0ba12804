# The internal DTD subset through pyexpat's handlers: element content models, attribute
# declarations of every type, entities (internal, external, parameter, unparsed),
# notations, comments and PIs in the DTD, the DOCTYPE's arguments; the same calls when
# the document is fed whole, in pieces, and character by character.
import xml.parsers.expat as E
from xml.parsers.expat import model

print(sorted(k for k in dir(model) if k.startswith("XML_")))
print([getattr(model, k) for k in sorted(dir(model)) if k.startswith("XML_")])

DOC = '''<?xml version="1.0"?>
<!DOCTYPE root PUBLIC "-//safepy//test" "root.dtd" [
  <!ELEMENT root ((a,b?)|(c*,d+)|e)+>
  <!ELEMENT a (#PCDATA|b|c)*>
  <!ELEMENT b ANY>
  <!ELEMENT c (#PCDATA)*>
  <!ELEMENT d ( a ) >
  <!ELEMENT e (a?)*>
  <!ELEMENT f EMPTY>
  <!ELEMENT g (#PCDATA)>
  <!ELEMENT h (a,(b|(c,d)*)?,e+)>
  <!ATTLIST a
      id ID #REQUIRED
      ref IDREF #IMPLIED
      refs IDREFS "  p   q "
      ent ENTITY #IMPLIED
      ents ENTITIES #IMPLIED
      tok NMTOKEN "t"
      toks NMTOKENS #FIXED " 1  2 "
      kind (x | y|z) " y "
      num (1|2-3|.x) "1"
      fmt NOTATION (gif|png) "gif"
      note CDATA "  keep   &#32;spaces&#10;x&amp;y  ">
  <!ATTLIST a id CDATA "second declaration" extra CDATA #IMPLIED>
  <!ATTLIST b>
  <!ENTITY plain "text &#65;&#x42; &amp; more">
  <!ENTITY plain "redeclared: ignored">
  <!ENTITY % param "p-value">
  <!ENTITY % param2 SYSTEM "param.ent">
  <!ENTITY % param3 PUBLIC "-//p3" "p3.ent">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY pub PUBLIC "-//pub id" 'pub.xml'>
  <!NOTATION gif SYSTEM "image/gif">
  <!NOTATION png PUBLIC "-//png">
  <!NOTATION jpg PUBLIC "-//jpg" "image/jpeg">
  <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
  <!-- a comment in the DTD -->
  <?target data in the DTD?>
]>
<root/>'''

NAMES = ["XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
         "ElementDeclHandler", "AttlistDeclHandler", "EntityDeclHandler",
         "UnparsedEntityDeclHandler", "NotationDeclHandler", "CommentHandler",
         "ProcessingInstructionHandler", "StartElementHandler", "EndElementHandler"]


def parser(out, base=None):
    p = E.ParserCreate()
    if base is not None:
        p.SetBase(base)
    for n in NAMES:
        setattr(p, n, (lambda n: lambda *a: out.append((n[:-7],) + a))(n))
    return p


whole = []
parser(whole).Parse(DOC, True)
for call in whole:
    print(call)

for step in (1, 7, 64):
    out = []
    p = parser(out)
    data = DOC.encode()
    for i in range(0, len(data), step):
        p.Parse(data[i:i + step], False)
    p.Parse(b"", True)
    print("step", step, out == whole)

# base as set by SetBase is reported with external entities and notations
out = []
parser(out, "http://example/dir/").Parse(
    '<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml"><!NOTATION n SYSTEM "n">'
    '<!ENTITY u SYSTEM "u" NDATA n><!ENTITY % p SYSTEM "p">]><r/>', True)
print(out)

# without an UnparsedEntityDeclHandler an NDATA entity goes to EntityDeclHandler
p = E.ParserCreate()
p.EntityDeclHandler = lambda *a: print("entity", a)
p.Parse('<!DOCTYPE r [<!ENTITY u SYSTEM "u.bin" NDATA n>]><r/>', True)

# the DOCTYPE's arguments
for doc in ['<!DOCTYPE r><r/>', '<!DOCTYPE r SYSTEM "s.dtd"><r/>',
            '<!DOCTYPE r PUBLIC "-//p" "s"><r/>', "<!DOCTYPE r PUBLIC '-//p' 's' []><r/>",
            '<!DOCTYPE r[]><r/>', '<!DOCTYPE  r  SYSTEM  "s"  [ ]  ><r/>']:
    out = []
    p = parser(out)
    p.Parse(doc, True)
    print(repr(doc), out)

# a parameter entity reference is not read: the declarations after it are not used
# (unless the document is standalone); NotStandaloneHandler is asked
for doc in ['<!DOCTYPE r [<!ENTITY % pe "x"> %pe; <!ENTITY e "v"><!ATTLIST r a CDATA "1">]><r>&e;</r>',
            '<?xml version="1.0" standalone="yes"?><!DOCTYPE r [<!ENTITY % pe "x"> %pe; '
            '<!ENTITY e "v"><!ATTLIST r a CDATA "1">]><r>&e;</r>',
            '<!DOCTYPE r SYSTEM "x.dtd" [<!ENTITY e "v"><!ATTLIST r a CDATA "1">]><r>&e;&f;</r>',
            '<!DOCTYPE r SYSTEM "x.dtd"><r a="&u;">&v;</r>']:
    out = []
    p = parser(out)
    p.NotStandaloneHandler = lambda: out.append(("NotStandalone",)) or 1
    p.SkippedEntityHandler = lambda *a: out.append(("Skipped",) + a)
    p.CharacterDataHandler = lambda *a: out.append(("Data",) + a)
    p.Parse(doc, True)
    print(out)
