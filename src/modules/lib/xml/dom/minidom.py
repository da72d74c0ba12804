"""xml.dom.minidom: a small DOM (safepy's own implementation): documents parsed with
xml.parsers.expat or built by hand, and written back with toxml/toprettyxml/writexml."""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr, IndexSizeErr, InuseAttributeErr,
                     NamespaceErr, NotSupportedErr, WrongDocumentErr)

_N = xml.dom.Node


def _write_data(writer, data):
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace('"', "&quot;").replace(">", "&gt;"))


def _split(qname):
    prefix, sep, local = qname.partition(":")
    return (prefix, local) if sep else (None, qname)


def _alias(name):
    # a property that is another name for attribute [name]
    return property(lambda self: getattr(self, name),
                    lambda self, value: setattr(self, name, value))


def _local_name(node):
    # an element's or attribute's local name: given, else its name after any prefix
    if node._local is not None:
        return node._local
    return node.nodeName.split(":", 1)[-1]


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class EmptyNodeList(tuple):
    """The children of a node that cannot have any."""
    __slots__ = ()

    def item(self, index):
        return None

    @property
    def length(self):
        return 0


class Node(xml.dom.Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    nodeValue = None
    attributes = None
    _allowed = ()       # node types a node of this class may hold as children

    def __bool__(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    # ---- writing ----

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        out = io.StringIO()
        if self.nodeType == _N.DOCUMENT_NODE:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    # ---- the tree ----

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _search(self, match):
        # the elements below this node that match, in document order
        found = NodeList()
        stack = [iter(self.childNodes)]
        while stack:
            for node in stack[-1]:
                if node.nodeType == _N.ELEMENT_NODE:
                    if match(node):
                        found.append(node)
                    stack.append(iter(node.childNodes))
                    break
            else:
                stack.pop()
        return found

    def _check_child(self, node):
        if node.nodeType not in self._allowed:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def _relink(self):
        prev = None
        for child in self.childNodes:
            child.previousSibling = prev
            if prev is not None:
                prev.nextSibling = child
            prev = child
        if prev is not None:
            prev.nextSibling = None

    def _adopt(self, node):
        # node leaves its parent, if any
        if node.parentNode is not None:
            node.parentNode.removeChild(node)

    def appendChild(self, node):
        if node.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        self._adopt(node)
        kids = self.childNodes
        if kids:
            last = kids[-1]
            last.nextSibling = node
            node.previousSibling = last
        else:
            node.previousSibling = None
        node.nextSibling = None
        kids.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if refChild not in self.childNodes or refChild.parentNode is not self:
            raise NotFoundErr()
        if newChild is refChild:
            return newChild
        self._adopt(newChild)
        self.childNodes.insert(self._index(refChild), newChild)
        newChild.parentNode = self
        self._relink()
        return newChild

    def _index(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        raise NotFoundErr()

    def removeChild(self, oldChild):
        i = self._index(oldChild)
        del self.childNodes[i]
        self._relink()
        oldChild.previousSibling = oldChild.nextSibling = None
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        i = self._index(oldChild)
        self._adopt(newChild)
        i = self._index(oldChild)
        self.childNodes[i] = newChild
        newChild.parentNode = self
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def normalize(self):
        kids = []
        for child in self.childNodes:
            if child.nodeType == _N.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kids and kids[-1].nodeType == _N.TEXT_NODE:
                    kids[-1].data += child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == _N.ELEMENT_NODE:
                child.normalize()
            kids.append(child)
        self.childNodes[:] = kids
        self._relink()

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if feature == "" else None

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList() if isinstance(self.childNodes, NodeList) else self.childNodes
        self.previousSibling = self.nextSibling = None


class Childless:
    """Nodes without children."""
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")


class Attr(Node):
    nodeType = _N.ATTRIBUTE_NODE
    specified = False
    _allowed = (_N.TEXT_NODE,)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._local = localName
        self.prefix = prefix
        self.value = ""
        self.childNodes = NodeList()

    localName = property(_local_name)

    nodeValue = _alias("value")

    def __repr__(self):
        return "<DOM Attr: %s at %#x>" % (self.name, id(self))

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """An element's attributes, by qualified name (and by (namespace, localName))."""

    def __init__(self, owner):
        self._owner = owner
        self._attrs = owner._attrs

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        values = list(self._attrs.values())
        return values[index] if 0 <= index < len(values) else None

    def items(self):
        return [(a.name, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return self.getNamedItemNS(*key) is not None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            attr = self.getNamedItemNS(*key)
            if attr is None:
                raise KeyError(key)
            return attr
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._owner.setAttribute(name, value)
        else:
            self._owner.setAttributeNode(value)

    def __delitem__(self, name):
        self._owner.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        return self._owner.removeAttributeNode(attr)

    def removeNamedItemNS(self, namespaceURI, localName):
        attr = self.getNamedItemNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        return self._owner.removeAttributeNode(attr)

    def setNamedItem(self, node):
        return self._owner.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class _Searchable:
    """getElementsByTagName(NS) of elements and documents."""

    def getElementsByTagName(self, name):
        return self._search(lambda e: name == "*" or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return self._search(lambda e: (namespaceURI in ("*", e.namespaceURI)
                                       and localName in ("*", e.localName)))


class Element(_Searchable, Node):
    nodeType = _N.ELEMENT_NODE
    _allowed = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE, _N.COMMENT_NODE, _N.TEXT_NODE,
                _N.CDATA_SECTION_NODE, _N.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    localName = property(_local_name)

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        Node.unlink(self)

    # ---- attributes ----

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return "" if attr is None else attr.value

    def getAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        return "" if attr is None else attr.value

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.value = value
            self.setAttributeNode(attr)
        else:
            attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, local)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix)
            attr.ownerDocument = self.ownerDocument
            attr.value = value
            self.setAttributeNode(attr)
        else:
            if attr.name != qualifiedName:
                del self._attrs[attr.name]
                attr.name = attr.nodeName = qualifiedName
                attr.prefix = prefix
                self._attrs[qualifiedName] = attr
            attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is None and attr.namespaceURI is not None:
            old = self.getAttributeNodeNS(attr.namespaceURI, attr.localName)
        if old is not None and old is not attr:
            self.removeAttributeNode(old)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    # ---- writing ----

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for node in kids:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


class CharacterData(Childless, Node):
    """Text, comments and CDATA sections: a string of data."""

    def __init__(self, data=""):
        self.data = data

    nodeValue = _alias("data")

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[:10],
                                         "..." if len(data) > 10 else "")

    def _check(self, offset, count=0):
        if offset < 0:
            raise IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data += arg

    def insertData(self, offset, arg):
        self._check(offset)
        if arg:
            self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self._check(offset, count)
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check(offset, count)
        if count:
            self.data = self.data[:offset] + arg + self.data[offset + count:]


class Text(CharacterData):
    nodeType = _N.TEXT_NODE
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise IndexSizeErr("illegal offset value")
        new = self.__class__(self.data[offset:])
        new.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(new, self.nextSibling)
        self.data = self.data[:offset]
        return new

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)


class CDATASection(Text):
    nodeType = _N.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = _N.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(Childless, Node):
    nodeType = _N.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    nodeValue = _alias("data")

    def __repr__(self):
        return "<DOM ProcessingInstruction node %s at %#x>" % (self.target, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class ReadOnlySequentialNamedNodeMap:
    """A document type's entities or notations: by index and by name, read-only."""

    def __init__(self, nodes=()):
        self._seq = list(nodes)

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for n in self._seq:
            if n.namespaceURI == namespaceURI and n.localName == localName:
                return n
        return None

    def __getitem__(self, name_or_tuple):
        if isinstance(name_or_tuple, tuple):
            node = self.getNamedItemNS(*name_or_tuple)
        else:
            node = self.getNamedItem(name_or_tuple)
        if node is None:
            raise KeyError(name_or_tuple)
        return node

    def _readonly(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _readonly


class Entity(Node):
    """An entity declared in the internal subset; an internal one's value is its
    child text."""
    nodeType = _N.ENTITY_NODE
    nodeValue = None
    attributes = None
    actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notationName):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId
        self.notationName = notationName
        self.childNodes = NodeList()


class Notation(Childless, Node):
    nodeType = _N.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId


class DocumentType(Childless, Node):
    nodeType = _N.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = self.nodeName = qualifiedName

    def cloneNode(self, deep):
        # as CPython's: only a document type no document owns is copied (with copies of
        # its entities and notations when deep)
        if self.ownerDocument is not None:
            return None
        new = DocumentType(self.name)      # (CPython's copies no ids)
        if deep:
            for e in self.entities._seq:
                c = Entity(e.nodeName, e.publicId, e.systemId, e.notationName)
                c.actualEncoding, c.encoding, c.version = e.actualEncoding, e.encoding, e.version
                new.entities._seq.append(c)
            for n in self.notations._seq:
                new.notations._seq.append(Notation(n.nodeName, n.publicId, n.systemId))
        return new

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DocumentFragment(Node):
    nodeType = _N.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _allowed = Element._allowed

    def __init__(self):
        self.childNodes = NodeList()


class Document(_Searchable, Node):
    nodeType = _N.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _allowed = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE, _N.COMMENT_NODE,
                _N.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()
        self.implementation = DOMImplementation()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == _N.ELEMENT_NODE:
                return node
        return None

    def _check_child(self, node):
        Node._check_child(self, node)
        if node.nodeType == _N.ELEMENT_NODE:
            root = self.documentElement
            if root is not None and root is not node:
                raise HierarchyRequestErr("two document elements disallowed")

    def appendChild(self, node):
        if node.nodeType == _N.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def importNode(self, node, deep):
        if node.nodeType in (_N.DOCUMENT_NODE, _N.DOCUMENT_TYPE_NODE):
            raise NotSupportedErr("cannot import document nodes")
        return _clone(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _clone(node, deep, doc):
    # a copy of node owned by doc (its children too when deep)
    t = node.nodeType
    if t == _N.ELEMENT_NODE:
        new = Element(node.tagName, node.namespaceURI, node.prefix, node._local)
        for attr in node._attrs.values():
            copy = Attr(attr.name, attr.namespaceURI, attr._local, attr.prefix)
            copy.value = attr.value
            copy.specified = True
            copy.ownerDocument = doc
            new.setAttributeNode(copy)
    elif t == _N.ATTRIBUTE_NODE:
        new = Attr(node.name, node.namespaceURI, node._local, node.prefix)
        new.value = node.value
        new.specified = True
    elif t in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE, _N.COMMENT_NODE):
        new = type(node)(node.data)
    elif t == _N.PROCESSING_INSTRUCTION_NODE:
        new = ProcessingInstruction(node.target, node.data)
    elif t == _N.DOCUMENT_FRAGMENT_NODE:
        new = DocumentFragment()
    elif t == _N.DOCUMENT_TYPE_NODE:
        new = DocumentType(node.name)
        new.publicId, new.systemId = node.publicId, node.systemId
        new.internalSubset = node.internalSubset
    elif t == _N.DOCUMENT_NODE:
        new = Document()
        doc = new
        for name in ("version", "encoding", "standalone"):
            setattr(new, name, getattr(node, name))
        if deep:
            for child in node.childNodes:
                new.appendChild(_clone(child, True, doc))
        return new
    else:
        raise NotSupportedErr("cannot clone this node type: %d" % t)
    new.ownerDocument = doc
    if deep and t in (_N.ELEMENT_NODE, _N.DOCUMENT_FRAGMENT_NODE):
        for child in node.childNodes:
            new.appendChild(_clone(child, True, doc))
    return new


class DOMImplementation:
    """Creates documents and document types."""
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix, local = _split(qualifiedName)
        if prefix == "xml" and namespaceURI != XML_NAMESPACE:
            raise NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise NamespaceErr("illegal use of prefix without namespaces")
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    """Builds a Document from expat's events (namespaces processed, the xmlns
    declarations kept as attributes, adjacent text in one node)."""

    def __init__(self):
        self.doc = Document()
        self.node = self.doc
        self.ns_decls = []
        self.in_cdata = False
        p = self.parser = __import__("pyexpat").ParserCreate(namespace_separator=" ")
        p.namespace_prefixes = True
        p.buffer_text = True
        p.ordered_attributes = True
        p.specified_attributes = True      # as CPython's: no attribute defaults
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text
        p.StartNamespaceDeclHandler = lambda prefix, uri: self.ns_decls.append((prefix, uri))
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartDoctypeDeclHandler = self.doctype
        p.EndDoctypeDeclHandler = self.end_doctype
        p.EntityDeclHandler = self.entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.XmlDeclHandler = self.xml_decl

    def add(self, node):
        node.ownerDocument = self.doc
        self.node.appendChild(node)
        return node

    @staticmethod
    def names(expat_name):
        # (qualified name, namespace, prefix, local name) of an expat "uri local prefix"
        parts = expat_name.split(" ")
        if len(parts) == 1:
            return expat_name, None, None, expat_name
        if len(parts) == 3:
            return "%s:%s" % (parts[2], parts[1]), parts[0], parts[2], parts[1]
        return parts[1], parts[0], None, parts[1]

    def start(self, name, attrs):
        qname, uri, prefix, local = self.names(name)
        e = self.add(Element(qname, uri, prefix, local))
        for dprefix, duri in self.ns_decls:
            a = Attr("xmlns:" + dprefix if dprefix else "xmlns", XMLNS_NAMESPACE,
                     dprefix or "xmlns", "xmlns" if dprefix else None)
            a.value = duri or ""
            a.ownerDocument = self.doc
            e.setAttributeNode(a)
        self.ns_decls = []
        for i in range(0, len(attrs), 2):
            qname, uri, prefix, local = self.names(attrs[i])
            a = Attr(qname, uri, local, prefix)
            a.value = attrs[i + 1]
            a.ownerDocument = self.doc
            e.setAttributeNode(a)
        self.node = e

    def end(self, name):
        self.node = self.node.parentNode

    def text(self, data):
        last = self.node.lastChild
        if self.in_cdata:
            if last is not None and last is self.cdata:
                last.data += data
            else:
                self.cdata = self.add(CDATASection(data))
        elif last is not None and last.nodeType == _N.TEXT_NODE:
            last.data += data
        else:
            self.add(Text(data))

    def start_cdata(self):
        self.in_cdata = True
        self.cdata = None

    def end_cdata(self):
        self.in_cdata = False

    def doctype(self, name, sysid, pubid, has_internal_subset):
        dt = self.doc.implementation.createDocumentType(name, pubid, sysid)
        self.add(dt)
        # the comments and processing instructions of the subset are not nodes
        self.parser.CommentHandler = self.parser.ProcessingInstructionHandler = None

    def end_doctype(self):
        self.doc.doctype.internalSubset = self.parser._scanner.subset_text
        self.parser.CommentHandler = self.comment
        self.parser.ProcessingInstructionHandler = self.pi

    def comment(self, data):
        self.add(Comment(data))

    def pi(self, target, data):
        self.add(ProcessingInstruction(target, data))

    def entity_decl(self, name, is_pe, value, base, sysid, pubid, notation):
        if is_pe:
            return
        e = Entity(name, pubid, sysid, notation)
        e.ownerDocument = self.doc
        if value is not None:
            t = Text(value)
            t.ownerDocument = self.doc
            e.childNodes.append(t)
        self.doc.doctype.entities._seq.append(e)

    def notation_decl(self, name, base, sysid, pubid):
        n = Notation(name, pubid, sysid)
        n.ownerDocument = self.doc
        self.doc.doctype.notations._seq.append(n)

    def xml_decl(self, version, encoding, standalone):
        self.doc.version = version
        self.doc.encoding = encoding
        self.doc.standalone = None if standalone < 0 else bool(standalone)


def _pulldom_document(func, *args, **kwargs):
    # a SAX parser given: the document from xml.dom.pulldom's events (as CPython's)
    from xml.dom import pulldom
    events = func(pulldom)(*args, **kwargs)
    _, document = events.getEvent()
    events.expandNode(document)
    events.clear()
    return document


def parseString(string, parser=None):
    """The Document of XML text (str or bytes); with a SAX [parser], through
    xml.dom.pulldom."""
    if parser is not None:
        return _pulldom_document(lambda m: m.parseString, string, parser=parser)
    b = _Builder()
    b.parser.Parse(string, True)
    return b.doc


def parse(file, parser=None, bufsize=None):
    """The Document of an XML file (a path or a file object); with a SAX [parser] or a
    [bufsize], through xml.dom.pulldom."""
    if parser is not None or bufsize:
        return _pulldom_document(lambda m: m.parse, file, parser=parser, bufsize=bufsize)
    b = _Builder()
    if isinstance(file, str) or hasattr(file, "__fspath__"):
        with open(file, "rb") as f:
            b.parser.ParseFile(f)
    else:
        b.parser.ParseFile(file)
    return b.doc
