"""xml.etree.ElementTree: the element tree API (safepy's own implementation).

Element / SubElement / Comment / ProcessingInstruction / QName build trees; ElementTree,
parse, fromstring (XML), fromstringlist, XMLID, iterparse, XMLParser, XMLPullParser and
TreeBuilder read documents; tostring, tostringlist, dump, indent and ElementTree.write
write them ('xml', 'html' and 'text' methods, namespace prefixes as CPython chooses them).

Parsing is _scan._Scanner's (expat's well-formedness rules, messages and positions);
XMLParser decodes bytes (BOM, XML declaration, else UTF-8) and feeds it, so XMLPullParser
and iterparse report events as data arrives. ElementPath answers find/findall/findtext.
Not supported: canonicalize/C14N, external entities, entity values holding markup.
"""

import re
import sys
import io
import warnings

from . import ElementPath
from ._scan import ParseError, _Scanner

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace"]

VERSION = "1.3.0"


def iselement(element):
    return hasattr(element, 'tag')


def _check_element(e, what):
    if not isinstance(e, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (what, type(e).__name__))


class Element:
    """An XML element: tag, attrib (dict), text, tail and a list of subelements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        e = self.makeelement(self.tag, self.attrib)
        e.attrib = self.attrib  # as CPython's C element, a shallow copy shares the dict
        e.text = self.text
        e.tail = self.tail
        e[:] = self
        return e

    def __deepcopy__(self, memo):
        import copy
        e = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        e.text = copy.deepcopy(self.text, memo)
        e.tail = copy.deepcopy(self.tail, memo)
        e._children = [copy.deepcopy(c, memo) for c in self._children]
        return e

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                if not isinstance(e, Element):
                    raise TypeError('expected an Element, not "%s"' % type(e).__name__)
            self._children[index] = items
            return
        if not isinstance(element, Element):
            raise TypeError('expected an Element, not "%s"' % type(element).__name__)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __iter__(self):
        return iter(self._children)

    def __getstate__(self):
        return {'tag': self.tag, 'attrib': self.attrib, 'text': self.text, 'tail': self.tail,
                '_children': self._children}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def append(self, subelement):
        _check_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for e in items:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"' % type(e).__name__)
        self._children.extend(items)

    def insert(self, index, subelement):
        _check_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for c in self._children:
            yield from c.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for c in self._children:
            yield from c.itertext()
            if c.tail:
                yield c.tail


def SubElement(parent, tag, attrib={}, **extra):
    _check_element(parent, "SubElement() argument 1")
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    e = parent.makeelement(tag, {**attrib, **extra})
    parent.append(e)
    return e


def Comment(text=None):
    e = Element(Comment)
    e.text = text
    return e


def ProcessingInstruction(target, text=None):
    e = Element(ProcessingInstruction)
    e.text = target
    if text:
        e.text = target + " " + text
    return e


PI = ProcessingInstruction


class QName:
    """A qualified name ('{uri}local'), usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


# ---------------------------------------------------------------- ElementTree

def _open_for_read(source):
    if hasattr(source, "read"):
        return source, False
    return open(source, "rb"), True


class ElementTree:
    """A whole document: a root element, read from or written to a file."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        f, close = _open_for_read(source)
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = f.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close:
                f.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        parts = []
        write = parts.append
        unicode_out = encoding.lower() == "unicode"
        if method == "xml" and (xml_declaration or (xml_declaration is None and
                                encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
            declared = "utf-8" if unicode_out else encoding
            write("<?xml version='1.0' encoding='%s'?>\n" % declared)
        if method == "text":
            write("".join(self._root.itertext()))
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            if method == "html":
                _write_html(write, self._root, qnames, namespaces)
            else:
                _write_xml(write, self._root, qnames, namespaces, short_empty_elements)
        text = "".join(parts)
        if unicode_out:
            data = text
        else:
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            with open(file_or_filename, "w" if unicode_out else "wb",
                      **({"encoding": "utf-8", "errors": "xmlcharrefreplace"} if unicode_out else {})) as f:
                f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("canonicalization is not supported")


# ---------------------------------------------------------------- serialization

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _cannot_serialize(x):
    raise TypeError("cannot serialize %r (type %s)" % (x, type(x).__name__))


def _namespaces(root, default_namespace=None):
    # the serialized name of every qualified name in the tree, and the prefix chosen for
    # every namespace URI (in the order first met)
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _cannot_serialize(qname)

    for e in root.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        if isinstance(e.text, QName) and e.text.text not in qnames:
            add(e.text.text)
    return qnames, namespaces


def _escape_text(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _escape_attr(text):
    try:
        for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                     ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
            if a in text:
                text = text.replace(a, b)
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _escape_attr_html(text):
    try:
        for a, b in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if a in text:
                text = text.replace(a, b)
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _start_attrs(write, e, qnames, namespaces, esc):
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda kv: kv[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attr(uri)))
    for k, v in e.items():
        if isinstance(k, QName):
            k = k.text
        v = qnames[v.text] if isinstance(v, QName) else esc(v)
        write(' %s="%s"' % (qnames[k], v))


def _write_xml(write, e, qnames, namespaces, short_empty):
    tag = e.tag
    text = e.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for c in e:
                _write_xml(write, c, qnames, None, short_empty)
        else:
            write("<" + tag)
            _start_attrs(write, e, qnames, namespaces, _escape_attr)
            if text or len(e) or not short_empty:
                write(">")
                if text:
                    write(_escape_text(text))
                for c in e:
                    _write_xml(write, c, qnames, None, short_empty)
                write("</" + tag + ">")
            else:
                write(" />")
    if e.tail:
        write(_escape_text(e.tail))


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
               "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _write_html(write, e, qnames, namespaces):
    tag = e.tag
    text = e.text
    if tag is Comment:
        write("<!--%s-->" % _escape_text(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_text(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for c in e:
                _write_html(write, c, qnames, None)
        else:
            write("<" + tag)
            _start_attrs(write, e, qnames, namespaces, _escape_attr_html)
            write(">")
            low = tag.lower()
            if text:
                write(text if low in ("script", "style") else _escape_text(text))
            for c in e:
                _write_html(write, c, qnames, None)
            if low not in _HTML_EMPTY:
                write("</" + tag + ">")
    if e.tail:
        write(_escape_text(e.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def prefix(n):
        while len(prefixes) <= n:
            prefixes.append(prefixes[-1] + space)
        return prefixes[n]

    def walk(elem, depth):
        inner = prefix(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefix(depth)

    walk(tree, 0)


# ---------------------------------------------------------------- parsing helpers

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        i = elem.get("id")
        if i:
            ids[i] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds a tree from start/data/end (comment, pi) calls; close() returns its root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._stack = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory if element_factory is not None else Element
        self._comment_factory = comment_factory if comment_factory is not None else Comment
        self._pi_factory = pi_factory if pi_factory is not None else ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._stack.append(elem)
        self._tail = False
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._stack:
                self._stack[-1].append(elem)
            self._tail = True
        return elem

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)




class XMLParser:
    """Parses XML fed as str or bytes, calling the target's start/end/data/comment/pi/
    start_ns/end_ns/doctype methods; close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._scanner = _Scanner(self.target)
        self._scanner.encoding = encoding
        self.version = "Expat 2.5.0"
        self.entity = {}

    def feed(self, data):
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._scanner.feed(data, False)

    def close(self):
        self._scanner.feed("", True)
        f = getattr(self.target, "close", None)
        return f() if f is not None else None

    def flush(self):
        pass


class _EventTarget:
    """Wraps a TreeBuilder to record the events an XMLPullParser reports."""

    def __init__(self, builder, events, queue):
        self.b = builder
        self.q = queue
        self.want = set(events)

    def start(self, tag, attrib):
        e = self.b.start(tag, attrib)
        if "start" in self.want:
            self.q.append(("start", e))

    def end(self, tag):
        e = self.b.end(tag)
        if "end" in self.want:
            self.q.append(("end", e))

    def data(self, d):
        self.b.data(d)

    def comment(self, text):
        e = self.b.comment(text)
        if "comment" in self.want:
            self.q.append(("comment", e))

    def pi(self, target, text):
        e = self.b.pi(target, text)
        if "pi" in self.want:
            self.q.append(("pi", e))

    def start_ns(self, prefix, uri):
        if "start-ns" in self.want:
            self.q.append(("start-ns", (prefix, uri)))

    def end_ns(self, prefix):
        if "end-ns" in self.want:
            self.q.append(("end-ns", None))

    def close(self):
        return self.b.close()


_EVENTS = ("start", "end", "comment", "pi", "start-ns", "end-ns")


class XMLPullParser:
    """Parses XML fed in pieces; read_events() yields (event, object) pairs as they
    become available."""

    def __init__(self, events=None, *, _parser=None):
        if events is None:
            events = ("end",)
        for ev in events:
            if ev not in _EVENTS:
                raise ValueError("unknown event %r" % (ev,))
        self._events = []
        self._target = _EventTarget(TreeBuilder(), events, self._events)
        self._parser = _parser or XMLParser(target=self._target)
        self._root = None

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events
        while events:
            ev = events.pop(0)
            if isinstance(ev, Exception):
                raise ev
            yield ev

    def flush(self):
        pass


class _IterParse:
    """The iterator iterparse() returns; .root is the root element once it is done."""

    def __init__(self, source, events, parser):
        self._f, self._close = _open_for_read(source)
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._it = self._run()
        self.root = None

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                data = self._f.read(16 * 1024)
                if not data:
                    break
                self._pull.feed(data)
            self.root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
        finally:
            if self._close:
                self._f.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def iterparse(source, events=None, parser=None):
    return _IterParse(source, events, parser)
