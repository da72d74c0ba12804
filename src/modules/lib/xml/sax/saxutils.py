"""xml.sax.saxutils: escaping helpers, XMLGenerator (a ContentHandler writing XML),
XMLFilterBase and prepare_input_source (safepy's own implementation)."""

import codecs
import io
import os

from . import handler, xmlreader

_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _replace_all(data, pairs):
    for old, new in pairs:
        data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """Escapes '&', '<' and '>' in data, then the keys of entities by their values."""
    data = _replace_all(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    return _replace_all(data, entities.items())


def unescape(data, entities={}):
    """Undoes escape(): '&lt;', '&gt;', the keys of entities, then '&amp;'."""
    data = _replace_all(data, (("&lt;", "<"), ("&gt;", ">")))
    data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped as an attribute value, with the quotes that suit it."""
    entities = {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


def _writer(out, encoding):
    # (write, flush) for out: text streams take str, others bytes in [encoding] with
    # character references for what it cannot encode
    if out is None:
        import sys
        out = sys.stdout
    flush = getattr(out, "flush", None) or (lambda: None)
    if isinstance(out, (io.TextIOBase, codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out.write, flush

    def write(s):
        out.write(s.encode(encoding, "xmlcharrefreplace"))
    return write, flush


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events it receives as an XML document."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        self._write, self._flush = _writer(out, encoding)
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        uri, local = name
        if uri:
            if uri == _XML_NS:
                return "xml:" + local
            prefix = self._current_context[uri]
            if prefix:
                return prefix + ":" + local
        return local

    def _finish_pending_start_element(self):
        if self._pending_start_element:
            self._write(">")
            self._pending_start_element = False

    def _open(self, qname):
        self._finish_pending_start_element()
        self._write("<" + qname)

    def _close_start(self):
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def _end(self, qname):
        if self._pending_start_element:
            self._write("/>")
            self._pending_start_element = False
        else:
            self._write("</%s>" % qname)

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def startElement(self, name, attrs):
        self._open(name)
        for key, value in attrs.items():
            self._write(" %s=%s" % (key, quoteattr(value)))
        self._close_start()

    def endElement(self, name):
        self._end(name)

    def startElementNS(self, name, qname, attrs):
        self._open(self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for key, value in attrs.items():
            self._write(" %s=%s" % (self._qname(key), quoteattr(value)))
        self._close_start()

    def endElementNS(self, name, qname):
        self._end(self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A reader between a parent reader and the handlers: passes every event and request
    on unchanged (subclasses change what they need)."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    # ContentHandler
    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    # DTDHandler
    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    # XMLReader
    def parse(self, source):
        self._parent.setContentHandler(self)
        self._parent.setErrorHandler(self)
        self._parent.setEntityResolver(self)
        self._parent.setDTDHandler(self)
        self._parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=""):
    """An InputSource with a stream to read, from a path, a file object or an
    InputSource (whose system identifier names a file when it has no stream)."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        f = source
        source = xmlreader.InputSource()
        if isinstance(f.read(0), str):
            source.setCharacterStream(f)
        else:
            source.setByteStream(f)
        name = getattr(f, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        sysid = source.getSystemId()
        path = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if os.path.isfile(path):
            source.setSystemId(path)
        source.setByteStream(open(path, "rb"))
    return source
