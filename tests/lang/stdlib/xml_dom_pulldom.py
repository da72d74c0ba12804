# xml.dom.pulldom: the (event, node) stream of a document (parse, parseString, a file in
# small pieces), expandNode building a subtree, getEvent's None at the end and the
# END_DOCUMENT after it, namespaces and attributes, SAX2DOM, minidom.parse/parseString
# with a SAX parser (through pulldom), errors.
import io
import xml.dom.minidom as M
import xml.sax
from xml.dom import pulldom

print(sorted(n for n in dir(pulldom) if not n.startswith("_")))
print(pulldom.default_bufsize, pulldom.START_ELEMENT, pulldom.CHARACTERS)

DOC = ('<?xml version="1.0"?><!-- c0 --><?pi x?><r xmlns:p="urn:p" xmlns="urn:d" a="1" '
       'p:b="2"><p:e>t<f/></p:e><!-- c1 --><g q="&amp;">x&lt;y</g>\n<h xmlns=""/></r>')


def show(ev, node):
    attrs = None
    if node.attributes is not None:
        attrs = sorted((a.name, a.value, a.namespaceURI) for a in node.attributes.values())
    parent = node.parentNode.nodeName if node.parentNode is not None else None
    return (ev, node.nodeName, getattr(node, "data", None), node.namespaceURI, parent, attrs)


for ev, node in pulldom.parseString(DOC):
    print(show(ev, node))

s = pulldom.parseString(DOC)
for ev, node in s:
    if ev == pulldom.START_ELEMENT and node.localName == "e":
        s.expandNode(node)
        print("expanded", node.toxml(), node.namespaceURI, node.prefix, node.localName)
    if ev == pulldom.START_ELEMENT and node.localName == "g":
        s.expandNode(node)
        print("expanded", node.toxml())
print("after the end", s.getEvent()[0], s.getEvent())

for size in (1, 7, 1000):
    s = pulldom.parse(io.BytesIO(DOC.encode()), bufsize=size)
    print(size, [e for e, n in s])

s = pulldom.parseString("<doc><a>1</a><b>2</b></doc>")
ev, document = s.getEvent()
s.expandNode(document)
print(ev, document.toxml())

# minidom with a SAX parser: the document through pulldom (comments are not reported)
d = M.parse(io.BytesIO(DOC.encode()), parser=xml.sax.make_parser())
print(d.toxml())
d = M.parseString(DOC, parser=xml.sax.make_parser())
print(d.documentElement.toxml(), [c.nodeName for c in d.childNodes])
d = M.parse(io.BytesIO(b"<a><b/>text</a>"), bufsize=3)
print(d.toxml())

h = pulldom.SAX2DOM()
xml.sax.parseString(b'<r a="1"><s>t</s><?p d?></r>', h)
print(h.document.toxml())

for bad in ["<r><a></r>", "<r>", "", "<r/><x/>"]:
    try:
        print(repr(bad), [e for e, n in pulldom.parseString(bad)])
    except xml.sax.SAXParseException as e:
        print(repr(bad), type(e).__name__, e)

eh = pulldom.ErrorHandler()
try:
    eh.fatalError(ValueError("fatal"))
except ValueError as e:
    print("raised", e)
eh.warning("a warning")
