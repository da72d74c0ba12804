"""xml.dom.pulldom: a stream of DOM events from a SAX parser (safepy's own
implementation).

PullDOM is a SAX content handler that makes a minidom node for each event and queues
(event, node) pairs; DOMEventStream feeds the parser a piece at a time while its caller
asks for events, and expandNode() builds the subtree of an element from the events that
follow its start. Nodes are not attached to their parents (but for the document element)
unless a subtree is expanded; SAX2DOM attaches them as they come (a whole tree).
"""

import xml.dom
import xml.sax
import xml.sax.handler

START_ELEMENT = "START_ELEMENT"
END_ELEMENT = "END_ELEMENT"
COMMENT = "COMMENT"
START_DOCUMENT = "START_DOCUMENT"
END_DOCUMENT = "END_DOCUMENT"
PROCESSING_INSTRUCTION = "PROCESSING_INSTRUCTION"
IGNORABLE_WHITESPACE = "IGNORABLE_WHITESPACE"
CHARACTERS = "CHARACTERS"

default_bufsize = (2 ** 14) - 20


class PullDOM(xml.sax.ContentHandler):
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        import collections
        self.documentFactory = documentFactory
        self._queue = collections.deque()     # (event, node) pairs not yet taken
        self.elementStack = []
        self.push = self.elementStack.append
        self._ns_contexts = [{xml.dom.XML_NAMESPACE: "xml"}]
        self._current_context = self._ns_contexts[-1]
        self._xmlns_attrs = []
        # comments and PIs before the document element: made into nodes (and queued)
        # once the document exists
        self.pending_events = []

    def pop(self):
        return self.elementStack.pop()

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        self._xmlns_attrs.append((prefix or "xmlns", uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _qname(self, uri, localname):
        prefix = self._current_context.get(uri)
        return "%s:%s" % (prefix, localname) if prefix else localname

    def startElementNS(self, name, tagName, attrs):
        uri, localname = name
        items = dict(attrs.items())
        # the namespace declarations of this element become its xmlns attributes
        for aname, value in self._xmlns_attrs:
            items[(xml.dom.XMLNS_NAMESPACE, aname)] = value
        self._xmlns_attrs = []
        if uri:
            if tagName is None:
                tagName = self._qname(uri, localname)
            node = self._element(uri, tagName, True)
        else:
            node = self._element(None, localname, False)
        doc = self.document
        for (a_uri, a_local), value in items.items():
            if a_uri == xml.dom.XMLNS_NAMESPACE:
                qname = "xmlns" if a_local == "xmlns" else "xmlns:" + a_local
                attr = doc.createAttributeNS(a_uri, qname)
            elif a_uri:
                attr = doc.createAttributeNS(a_uri, self._qname(a_uri, a_local))
            else:
                attr = doc.createAttribute(a_local)
            attr.value = value
            node.setAttributeNodeNS(attr)
        self._queue.append((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._queue.append((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        node = self._element(None, name, False)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._queue.append((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._queue.append((END_ELEMENT, self.pop()))

    def _element(self, uri, qname, ns):
        if self.document is None:
            return self.buildDocument(uri, qname)
        if ns:
            return self.document.createElementNS(uri, qname)
        return self.document.createElement(qname)

    def comment(self, s):
        if self.document is None:
            self.pending_events.append((COMMENT, s))
        else:
            self._queue.append((COMMENT, self.document.createComment(s)))

    def processingInstruction(self, target, data):
        if self.document is None:
            self.pending_events.append((PROCESSING_INSTRUCTION, target, data))
        else:
            node = self.document.createProcessingInstruction(target, data)
            self._queue.append((PROCESSING_INSTRUCTION, node))

    def ignorableWhitespace(self, chars):
        self._queue.append((IGNORABLE_WHITESPACE, self.document.createTextNode(chars)))

    def characters(self, chars):
        self._queue.append((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.getDOMImplementation()

    def buildDocument(self, uri, tagname):
        # the document is made with its element (the first start tag names it)
        doc = self.documentFactory.createDocument(uri, tagname, None)
        self.document = doc
        self._queue.append((START_DOCUMENT, doc))
        self.push(doc)
        for event in self.pending_events:
            if event[0] == PROCESSING_INSTRUCTION:
                node = doc.createProcessingInstruction(event[1], event[2])
            else:
                node = doc.createComment(event[1])
            self._queue.append((event[0], node))
        self.pending_events = None
        return doc.firstChild

    def endDocument(self):
        self._queue.append((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        self.document = None


class ErrorHandler:
    def warning(self, exception):
        print(exception)

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception


class DOMEventStream:
    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        if not hasattr(self.parser, "feed"):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __next__(self):
        event = self.getEvent()
        if event:
            return event
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        # the events up to [node]'s end become its subtree
        event = self.getEvent()
        parents = [node]
        while event:
            token, cur = event
            if cur is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur)
            if token == START_ELEMENT:
                parents.append(cur)
            elif token == END_ELEMENT:
                del parents[-1]
            event = self.getEvent()

    def getEvent(self):
        # the next event, reading on as needed; None where the text ends (the parser
        # is closed then: its END_DOCUMENT comes with the next call)
        queue = self.pulldom._queue
        while not queue:
            buf = self.stream.read(self.bufsize)
            if not buf:
                self.parser.close()
                return None
            self.parser.feed(buf)
        return queue.popleft()

    def _slurp(self):
        # a parser without feed(): the whole document at once
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        queue = self.pulldom._queue
        return queue.popleft() if queue else None

    def clear(self):
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """PullDOM that attaches each node to its parent: the whole tree."""

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def _attach_last(self):
        if self.document is None:
            # as CPython's: nothing to attach to before the document element
            raise TypeError("'NoneType' object is not subscriptable")
        self.elementStack[-1].appendChild(self._queue[-1][1])

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self._attach_last()

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self._attach_last()

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self._attach_last()


def parse(stream_or_string, parser=None, bufsize=None):
    if bufsize is None:
        bufsize = default_bufsize
    if isinstance(stream_or_string, str):
        stream = open(stream_or_string, "rb")
    else:
        stream = stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    from io import StringIO
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(StringIO(string), parser, len(string))
