# xml.dom.minidom's DocumentType from the DOCTYPE: name, publicId, systemId, the internal
# subset's text, its entities (internal ones with their value as text) and notations, as
# CPython's expatbuilder gives them; the subset's comments and PIs are not nodes; attribute
# defaults are not added (specified attributes only).
import xml.dom.minidom as M

DOC = '''<?xml version="1.0"?>
<!DOCTYPE r PUBLIC "-//p" "r.dtd" [
  <!ELEMENT r ANY>
  <!ATTLIST r a CDATA "d">
  <!ENTITY e "v&amp;w&#33;">
  <!ENTITY x SYSTEM "x.xml">
  <!ENTITY % pe "p">
  <!NOTATION n PUBLIC "pn" "sn">
  <!NOTATION m SYSTEM "sm">
  <!ENTITY u PUBLIC "pu" "u.bin" NDATA n>
  <!-- c --> <?p d?>
]>
<!-- after -->
<r b="1">&e;</r>'''
d = M.parseString(DOC)
dt = d.doctype
print(dt.name, dt.nodeName, dt.publicId, dt.systemId, dt.nodeValue, dt.nodeType)
print(repr(dt.internalSubset))
print(dt.entities.length, len(dt.entities), dt.notations.length, type(dt.entities).__name__)
for i in range(dt.entities.length):
    e = dt.entities.item(i)
    print(e.nodeName, e.nodeType, e.nodeValue, e.publicId, e.systemId, e.notationName,
          [c.data for c in e.childNodes], e.actualEncoding, e.encoding, e.version)
for i in range(dt.notations.length):
    n = dt.notations.item(i)
    print(n.nodeName, n.nodeType, n.nodeValue, n.publicId, n.systemId)
print(dt.entities.item(5), dt.entities.getNamedItem("e").nodeName,
      dt.entities.getNamedItem("zz"), dt.entities["x"].systemId,
      dt.notations["m"].systemId)
try:
    dt.entities["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    dt.entities.removeNamedItem("e")
except Exception as e:
    print(type(e).__name__, e)
print([n.nodeType for n in d.childNodes])
print(d.toxml())
for doc in ['<!DOCTYPE r><r/>', '<!DOCTYPE r []><r/>', '<!DOCTYPE r SYSTEM "s"><r/>',
            '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>']:
    d = M.parseString(doc)
    print(repr(d.doctype.internalSubset), d.doctype.entities.length, d.toxml())
print(M.parseString("<r/>").doctype)
