# Attribute defaults from the internal subset: an element gets each declared default it
# lacks (plain or #FIXED), after its own attributes; values of declared types other than
# CDATA are normalised. Checked through pyexpat (dict, ordered_attributes,
# specified_attributes, namespaces), xml.sax, xml.dom.minidom (specified only, as
# CPython's) and xml.etree (fromstring, iterparse, XMLPullParser).
import io
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.parsers.expat as E
import xml.sax

DOC = '''<!DOCTYPE r [
<!ENTITY amp2 "&amp;&amp;">
<!ATTLIST r a CDATA "1" b CDATA #FIXED "2" c NMTOKENS "  x   y " d CDATA #IMPLIED>
<!ATTLIST r a CDATA "ignored" e CDATA "e&amp2;e" f (u|v) #REQUIRED>
<!ATTLIST item id ID #IMPLIED n NMTOKEN " n1 " kind (one|two) "one">
]>
<r c="  p   q  " z="3"><item id="  i1 " kind="two"/><item>t</item><other/></r>'''


def expat_run(doc, sep=None, **settings):
    p = E.ParserCreate(namespace_separator=sep)
    for k, v in settings.items():
        setattr(p, k, v)
    p.StartElementHandler = lambda name, attrs: print(" ", name, attrs)
    p.Parse(doc, True)


print("expat")
expat_run(DOC)
print("ordered")
expat_run(DOC, ordered_attributes=True)
print("specified")
expat_run(DOC, specified_attributes=True)
print("specified + ordered")
expat_run(DOC, specified_attributes=True, ordered_attributes=True)

# defaults declaring namespaces take part in namespace processing
NS = ('<!DOCTYPE r [<!ATTLIST r xmlns CDATA #FIXED "urn:x" xmlns:p CDATA "urn:p" '
      'p:a CDATA "v"><!ATTLIST p:e p:x CDATA "px">]><r q="1"><p:e/></r>')
print("namespaces")
expat_run(NS, " ")
expat_run(NS)
p = E.ParserCreate(namespace_separator="|")
p.StartNamespaceDeclHandler = lambda *a: print("  ns", a)
p.Parse(NS, True)

print("sax")


class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        print(" ", name, sorted(attrs.items()), len(attrs))

    def startElementNS(self, name, qname, attrs):
        print(" ", name, sorted(attrs.items(), key=repr))


xml.sax.parseString(DOC.encode(), H())
sp = xml.sax.make_parser()
sp.setFeature(xml.sax.handler.feature_namespaces, True)
sp.setContentHandler(H())
sp.parse(io.BytesIO(NS.encode()))

print("minidom")
d = xml.dom.minidom.parseString(DOC)
for e in d.getElementsByTagName("*"):
    print(" ", e.tagName, sorted(e.attributes.items()))
print(" ", d.documentElement.toxml()[:40])

print("etree")
r = ET.fromstring(DOC)
for e in r.iter():
    print(" ", e.tag, e.attrib)
for ev, el in ET.iterparse(io.BytesIO(DOC.encode()), events=("start", "end")):
    print(" ", ev, el.tag, el.attrib)
pp = ET.XMLPullParser(events=("start",))
for ch in DOC:
    pp.feed(ch)
pp.close()
print(" ", [(el.tag, el.attrib) for _, el in pp.read_events()])
print(" ", ET.fromstring(NS).attrib, ET.fromstring(NS)[0].attrib)
