# xml.sax.saxutils: escape/unescape/quoteattr, XMLGenerator (plain and namespaced,
# text and byte outputs, short empty elements), XMLFilterBase between parser and handler
import io
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import feature_namespaces
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

print(saxutils.escape("a<b>&c\"'"), saxutils.escape("x&y", {"y": "&why;", '"': "&quot;"}))
print(saxutils.unescape("&lt;&amp;lt;&gt;&amp;&quot;"), saxutils.unescape("&q;", {"&q;": "Q"}))
for s in ("plain", 'dq"', "sq'", "both\"'", "nl\nt\tr\r<&>"):
    print(saxutils.quoteattr(s), saxutils.quoteattr(s, {"p": "&#112;"}))

DOC = ('<?xml version="1.0"?><r xmlns="urn:d" xmlns:p="urn:p" p:a="1&amp;2" b=\'"q"\'>'
       '<p:c>t&lt;\u00e9\u20ac</p:c><e/><?pi data?><f xml:lang="en"></f></r>')

for ns in (0, 1):
    for short in (False, True):
        for enc in ("utf-8", "iso-8859-1", "ascii"):
            out = io.StringIO()
            p = xml.sax.make_parser()
            p.setFeature(feature_namespaces, ns)
            p.setContentHandler(saxutils.XMLGenerator(out, enc, short))
            p.parse(io.StringIO(DOC))
            print(ns, short, enc, out.getvalue())
            b = io.BytesIO()
            p = xml.sax.make_parser()
            p.setFeature(feature_namespaces, ns)
            p.setContentHandler(saxutils.XMLGenerator(b, enc, short))
            p.parse(io.StringIO(DOC))
            print(ns, short, enc, b.getvalue())

print("-- generator driven by hand")
out = io.StringIO()
g = saxutils.XMLGenerator(out, "utf-8", short_empty_elements=True)
g.startDocument()
g.startElement("root", AttributesImpl({"k": "v<", "q": "'\""}))
g.characters("text & more")
g.characters(b"bytes")
g.ignorableWhitespace("\n  ")
g.startElement("empty", AttributesImpl({}))
g.endElement("empty")
g.processingInstruction("target", "some data")
g.startPrefixMapping("x", "urn:x")
g.startElementNS(("urn:x", "n"), "x:n", AttributesNSImpl({("urn:x", "a"): "1", (None, "b"): "2"}, {}))
g.endElementNS(("urn:x", "n"), "x:n")
g.endPrefixMapping("x")
g.endElement("root")
g.endDocument()
print(out.getvalue())


class Upper(saxutils.XMLFilterBase):
    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)

    def endElement(self, name):
        super().endElement(name.upper())

    def characters(self, content):
        super().characters(content.upper())


out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(saxutils.XMLGenerator(out))
print(f.getFeature(feature_namespaces), f.getParent() is not None)
f.parse(io.StringIO("<a x='1'>hi<b>there</b></a>"))
print(out.getvalue())

print("-- attribute lists")
a = AttributesImpl({"x": "1", "y": "2"})
print(len(a), a.getLength(), a.getNames(), a.getQNames(), a.getType("x"), a.getValue("y"),
      a.getValueByQName("x"), a.getNameByQName("x"), a.getQNameByName("y"), "x" in a,
      a.get("z", "dflt"), a.items(), a.keys(), a.values(), a.copy().items())
n = AttributesNSImpl({("u", "x"): "1"}, {("u", "x"): "p:x"})
print(n.getValueByQName("p:x"), n.getNameByQName("p:x"), n.getQNameByName(("u", "x")),
      n.getQNames(), n.copy().getQNames())
for call in (lambda: a["z"], lambda: a.getNameByQName("z"), lambda: n.getValueByQName("q"),
             lambda: n.getNameByQName("q")):
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
