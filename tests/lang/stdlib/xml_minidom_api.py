# xml.dom.minidom: parsing (namespaces, CDATA, comments, PIs, doctype), navigation,
# toxml/toprettyxml/writexml, building and mutating documents, errors
import io
import xml.dom
from xml.dom import minidom

DOC = ('<?xml version="1.0" encoding="utf-8" standalone="no"?>'
       '<!DOCTYPE r SYSTEM "r.dtd"><r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2">'
       'x<![CDATA[<c>]]>y&amp;<!--k--><?pi dat?><p:e/> <f>  </f><g>\u00e9\u20ac</g></r>')
d = minidom.parseString(DOC)
r = d.documentElement
print([(n.nodeType, n.nodeName, n.nodeValue) for n in r.childNodes])
print(r.namespaceURI, r.prefix, r.localName, r.tagName, r.nodeName, r.nodeValue)
print([(a.name, a.value, a.namespaceURI, a.prefix, a.localName) for a in r.attributes.values()])
print(d.doctype.name, d.doctype.publicId, d.doctype.systemId, d.version, d.encoding, d.standalone)
print(d.toxml())
print(d.toprettyxml())
print(d.toprettyxml(indent="  ", encoding="utf-8"))
print(d.toxml("ascii"), d.toxml(standalone=True))
print(r.toxml(), r.firstChild.toxml(), r.lastChild.toprettyxml())
e = r.getElementsByTagName("p:e")[0]
print(e.namespaceURI, e.localName, e.prefix, len(r.getElementsByTagNameNS("urn:p", "e")),
      len(d.getElementsByTagName("*")), len(d.getElementsByTagNameNS("*", "f")))
print(r.getAttribute("b"), repr(r.getAttribute("zz")), r.getAttributeNS("urn:p", "a"),
      r.hasAttribute("b"), r.hasAttributeNS("urn:p", "a"), r.hasAttributes(), e.hasAttributes())
print(r.attributes.length, r.attributes.item(0).name, r.attributes["b"].value,
      r.attributes.getNamedItem("p:a").value, r.attributes.getNamedItemNS("urn:p", "a").value,
      "b" in r.attributes, r.attributes.keys(), r.attributes.items())
print(r.childNodes.length, r.childNodes.item(0).data, r.childNodes.item(99), r.hasChildNodes())
print(r.firstChild.nextSibling.nodeName, r.lastChild.previousSibling.nodeName,
      r.firstChild.previousSibling, r.lastChild.nextSibling, r.parentNode is d,
      r.ownerDocument is d, d.parentNode, d.ownerDocument, d.firstChild.nodeName)
print(repr(r.firstChild), repr(minidom.Text()), len(r.firstChild))

print("-- building")
impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, "catalog", None)
top = doc.documentElement
for i, title in enumerate(["A & B", "<C>", 'say "hi"']):
    book = doc.createElement("book")
    book.setAttribute("id", str(i))
    book.setAttribute("note", "a\"b'c<>&")
    t = doc.createElement("title")
    t.appendChild(doc.createTextNode(title))
    book.appendChild(t)
    top.appendChild(book)
top.appendChild(doc.createComment(" end "))
top.appendChild(doc.createProcessingInstruction("app", "x=1"))
top.appendChild(doc.createCDATASection("raw <stuff>"))
print(doc.toxml())
print(doc.toprettyxml(indent="  "))
out = io.StringIO()
doc.writexml(out, "", "  ", "\n", encoding="utf-8")
print(out.getvalue())
print(top.childNodes[0].getAttribute("note"))

print("-- mutations")
b0, b1, b2 = top.getElementsByTagName("book")
top.removeChild(b1)
top.insertBefore(b1, b0)
top.replaceChild(doc.createElement("gone"), b2)
print([n.nodeName for n in top.childNodes], b2.parentNode)
print(b1.nextSibling is b0, b0.previousSibling is b1, top.firstChild is b1)
b0.appendChild(b1.firstChild)
print(b0.toxml(), b1.toxml())
b0.removeAttribute("note")
b0.setAttributeNS("urn:x", "x:k", "v")
print(b0.toxml(), b0.getAttributeNS("urn:x", "k"))
frag = doc.createDocumentFragment()
frag.appendChild(doc.createElement("f1"))
frag.appendChild(doc.createElement("f2"))
b1.appendChild(frag)
print(b1.toxml(), len(frag.childNodes))
p = doc.createElement("p")
for s in ("a", "", "b"):
    p.appendChild(doc.createTextNode(s))
print(len(p.childNodes), p.childNodes[0].wholeText)
p.normalize()
print(len(p.childNodes), p.firstChild.data)
tail = p.firstChild.splitText(1)
print(p.firstChild.data, tail.data, len(p.childNodes))
c = b0.cloneNode(True)
s = b0.cloneNode(False)
print(c.toxml(), s.toxml(), c.parentNode, c.ownerDocument is doc)
t = doc.createTextNode("hello world")
print(t.substringData(1, 3), t.length)
t.appendData("!")
t.insertData(0, ">")
t.deleteData(1, 1)
t.replaceData(0, 2, "J")
print(t.data)

print("-- errors")
tries = [lambda: doc.appendChild(doc.createElement("second")),
         lambda: top.removeChild(doc.createElement("stranger")),
         lambda: t.appendChild(doc.createElement("x")),
         lambda: b0.removeAttribute("nope"),
         lambda: t.substringData(99, 1),
         lambda: doc.createComment("a--b").toxml(),
         lambda: doc.createCDATASection("]]>").toxml(),
         lambda: top.appendChild(doc),
         lambda: xml.dom.DOMException(),
         lambda: minidom.parseString("<a><b></a>"),
         lambda: minidom.parseString("")]
for f in tries:
    try:
        f()
        print("no error")
    except xml.dom.DOMException as e:
        print(type(e).__name__, e.code, isinstance(e, xml.dom.DOMException))
    except Exception as e:
        print(type(e).__name__, e)

print("-- module")
N = xml.dom.Node
print(N.ELEMENT_NODE, N.TEXT_NODE, N.DOCUMENT_NODE, N.COMMENT_NODE, N.CDATA_SECTION_NODE,
      minidom.Node.DOCUMENT_TYPE_NODE, xml.dom.NotFoundErr.code, xml.dom.HIERARCHY_REQUEST_ERR,
      xml.dom.XML_NAMESPACE, xml.dom.XMLNS_NAMESPACE, xml.dom.EMPTY_NAMESPACE)
print(impl.hasFeature("core", "2.0"), impl.hasFeature("nope", None),
      type(xml.dom.getDOMImplementation()).__name__)
dt = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN", "http://x/strict.dtd")
doc2 = impl.createDocument(xml.dom.XHTML_NAMESPACE, "html", dt)
print(doc2.toxml(), doc2.doctype is dt, doc2.documentElement.namespaceURI)
with minidom.parseString(b"<a><b/></a>") as dd:
    print(dd.documentElement.toxml())
print(dd.documentElement)
doc3 = minidom.parse(io.BytesIO(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>"))
print(doc3.documentElement.firstChild.data, doc3.encoding)
