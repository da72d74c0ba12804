"""xml.sax.expatreader: the SAX driver over xml.parsers.expat (safepy's own
implementation)."""

from xml.parsers import expat
from . import handler, saxutils, xmlreader
from ._exceptions import (SAXParseException, SAXNotRecognizedException,
                          SAXNotSupportedException)

version = "0.20"
AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl

# features that can only be off, with what setting them on says
_UNSUPPORTED = {
    handler.feature_validation: "expat does not support validation",
    handler.feature_external_pes: "expat does not read external parameter entities",
    handler.feature_namespace_prefixes: "expat does not report namespace prefixes",
}


class ExpatLocator(xmlreader.Locator):
    """Where the ExpatParser is in its document."""

    def __init__(self, parser):
        self._ref = parser

    def getColumnNumber(self):
        p = self._ref._parser
        return None if p is None else p.CurrentColumnNumber

    def getLineNumber(self):
        p = self._ref._parser
        return 1 if p is None else p.CurrentLineNumber

    def getPublicId(self):
        source = self._ref._source
        return None if source is None else source.getPublicId()

    def getSystemId(self):
        source = self._ref._source
        return None if source is None else source.getSystemId()


def _pair(name):
    # an expat name "uri local [prefix]" as SAX's (uri, localname) and qname
    parts = name.split(" ")
    if len(parts) == 1:
        return (None, name), name
    if len(parts) == 3:
        return (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
    return (parts[0], parts[1]), parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the expat parser."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._interning = None
        self._external_ges = 0

    # ---- XMLReader ----

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
        finally:
            self._close_source()

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._parser.SetBase(source.getSystemId())

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            self._reset_cont_handler()

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name == handler.feature_external_ges:
            return self._external_ges
        if name in _UNSUPPORTED:
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_external_ges:
            self._external_ges = state
        elif name == handler.feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name in _UNSUPPORTED:
            if state:
                raise SAXNotSupportedException(_UNSUPPORTED[name])
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == handler.property_interning_dict:
            return self._interning
        if name == handler.property_xml_string:
            raise SAXNotSupportedException("This property is only available during a parse")
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        elif name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # ---- IncrementalParser ----

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            exc = SAXParseException(expat.ErrorString(e.code), e, self)
            self._err_handler.fatalError(exc)

    def _close_source(self):
        source = self._source
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None:
                source.setCharacterStream(None)
                source.setByteStream(None)
                stream.close()

    def close(self):
        if self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
        finally:
            self._parsing = False
            self._parser = None
            self._close_source()

    def reset(self):
        if self._namespaces:
            self._parser = expat.ParserCreate(self._source.getEncoding(), " ",
                                              intern=self._interning)
            self._parser.namespace_prefixes = 1
            self._parser.StartElementHandler = self.start_element_ns
            self._parser.EndElementHandler = self.end_element_ns
        else:
            self._parser = expat.ParserCreate(self._source.getEncoding(),
                                              intern=self._interning)
            self._parser.StartElementHandler = self.start_element
            self._parser.EndElementHandler = self.end_element
        self._reset_cont_handler()
        self._parser.StartNamespaceDeclHandler = self.start_namespace_decl
        self._parser.EndNamespaceDeclHandler = self.end_namespace_decl
        self._parser.SkippedEntityHandler = self.skipped_entity_handler
        self._parser.NotationDeclHandler = self.notation_decl
        self._parser.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        self._reset_lex_handler_prop()
        self._parsing = False
        self.prepareParser(self._source)

    def _reset_cont_handler(self):
        self._parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        self._parser.CharacterDataHandler = self._cont_handler.characters

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            p.CommentHandler = p.StartCdataSectionHandler = p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self.start_doctype_decl
            p.EndDoctypeDeclHandler = lex.endDTD

    # ---- Locator ----

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.CurrentColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.CurrentLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # ---- expat's events ----

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def start_element_ns(self, name, attrs):
        pair, _ = _pair(name)
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            apair, qname = _pair(aname)
            values[apair] = value
            qnames[apair] = qname
        self._cont_handler.startElementNS(pair, None, AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(_pair(name)[0], None)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self._lex_handler_prop.startDTD(name, pubid, sysid)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_handler.notationDecl(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def skipped_entity_handler(self, name, is_pe):
        self._cont_handler.skippedEntity("%" + name if is_pe else name)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
