# xml.sax: parse/parseString/make_parser, ContentHandler events with and without
# namespaces, locator, SAXParseException, features and properties
import xml.sax, io
from xml.sax.handler import ContentHandler, feature_namespaces, feature_namespace_prefixes
class H(ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print("sNS", name, qname, dict(attrs.items()), attrs.getQNames(), [attrs.getQNameByName(k) for k in attrs.getNames()])
    def endElementNS(self, name, qname): print("eNS", name, qname)
    def startPrefixMapping(self, p, u): print("spm", p, u)
    def endPrefixMapping(self, p): print("epm", p)
    def startDocument(self):
        sysid = self._locator.getSystemId()
        print("sd", self._locator.getLineNumber(), self._locator.getColumnNumber(), sysid and sysid[-7:])
    def endDocument(self): print("ed")
    def startElement(self, n, a): print("s", n, dict(a), self._locator.getLineNumber(), self._locator.getColumnNumber())
    def characters(self, c): print("c", repr(c))
    def ignorableWhitespace(self, c): print("iw", repr(c))
    def processingInstruction(self, t, d): print("pi", t, d)
    def skippedEntity(self, n): print("skip", n)
doc = b'<?xml version="1.0"?><r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2"><p:c>x&amp;y</p:c><?t d?><e xmlns=""/></r>'
for ns, pf in ((0,0),(1,0)):
    p = xml.sax.make_parser()
    print(type(p), p.getFeature(feature_namespaces))
    p.setFeature(feature_namespaces, ns)
    p.setFeature(feature_namespace_prefixes, pf)
    p.setContentHandler(H())
    p.parse(io.BytesIO(doc))
xml.sax.parseString(doc.decode(), H())
try:
    xml.sax.parseString("<a>\n<b></a>", H())
except xml.sax.SAXParseException as e:
    print(e, "|", e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e.getSystemId(), e.getPublicId(), type(e.getException()).__name__)
p = xml.sax.make_parser()
try: p.setFeature("http://xml.org/sax/features/validation", 1)
except Exception as e: print(type(e).__name__, e)
try: p.setFeature("foo", 1)
except Exception as e: print(type(e).__name__, e)
try: p.getProperty("foo")
except Exception as e: print(type(e).__name__, e)
print(p.getProperty(xml.sax.handler.property_lexical_handler))


class Stop(Exception):
    pass


class EH(xml.sax.ErrorHandler):
    def fatalError(self, e):
        print("fatal", e, e.getLineNumber(), e.getColumnNumber())
        raise Stop(str(e))


try:
    xml.sax.parseString(b"<a><b></a>", H(), EH())
except Stop as e:
    print("Stop", e)

print("-- feed and close")
p = xml.sax.make_parser()
p.setContentHandler(ContentHandler())


class FeedH(H):
    def startDocument(self):
        print("sd", self._locator)

    def startElement(self, n, a):
        print("s", n, dict(a))


p.setContentHandler(FeedH())
p.feed("<a>1")
p.feed("2</a>")
p.close()

print("-- lexical handler")
from xml.sax.handler import LexicalHandler, property_lexical_handler


class Lex(LexicalHandler):
    def comment(self, c):
        print("comment", repr(c))

    def startDTD(self, *a):
        print("startDTD", a)

    def endDTD(self):
        print("endDTD")

    def startCDATA(self):
        print("startCDATA")

    def endCDATA(self):
        print("endCDATA")


p = xml.sax.make_parser()
p.setContentHandler(H())
p.setProperty(property_lexical_handler, Lex())
p.parse(io.StringIO("<!DOCTYPE r PUBLIC 'pub' 'sys.dtd'><r><!--c--><![CDATA[<x>]]></r>"))

print("-- files, system ids, InputSource")
import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
with open(path, "wb") as f:
    f.write(b"<doc>\n<x a='1'/>\n</doc>")
xml.sax.parse(path, H())
with open(path, "rb") as f:
    xml.sax.parse(f, H())
src = xml.sax.InputSource(path)
xml.sax.parse(src, H())
with open(path, "wb") as f:
    f.write(b"<doc>\n<x a='1'>\n</doc>")
try:
    xml.sax.parse(path, H())
except xml.sax.SAXParseException as e:
    print(str(e).replace(d, "DIR"), e.getSystemId() == path)
os.remove(path)
os.rmdir(d)

print("-- exceptions")
e = xml.sax.SAXException("msg", ValueError("v"))
print(e, e.getMessage(), repr(e.getException()), isinstance(e, Exception))
try:
    e[0]
except AttributeError as x:
    print("AttributeError", x)
print(issubclass(xml.sax.SAXReaderNotAvailable, xml.sax.SAXNotSupportedException))
try:
    xml.sax.make_parser(["no.such.module"]).__class__
    print(type(xml.sax.make_parser(["no.such.module"])).__name__)
except Exception as x:
    print(type(x).__name__, x)
