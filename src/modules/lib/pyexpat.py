"""pyexpat: the expat parser interface (safepy's own implementation over xml.etree's
scanner, xml.etree._scan, which follows expat's well-formedness rules and messages).

Every handler is called as expat calls it, the DTD's included (the internal subset's
declarations; an external subset or parameter entity is never read, as pyexpat's default
XML_PARAM_ENTITY_PARSING_NEVER). With a default handler, the markup no other handler
takes is handed to it as its text.
"""

import sys
from xml.etree._scan import _Scanner, ParseError

__all__ = ["EXPAT_VERSION", "ErrorString", "ExpatError", "ParserCreate", "XMLParserType",
           "XML_PARAM_ENTITY_PARSING_ALWAYS", "XML_PARAM_ENTITY_PARSING_NEVER",
           "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", "error", "errors", "features",
           "model", "native_encoding", "version_info"]

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0), ("XML_BLAP_MAX_AMP", 100),
            ("XML_BLAP_ACT_THRES", 8388608)]
_INT_MAX = 2**31 - 1
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

# expat's error numbers (from 1) with their names and messages
_ERRORS = (
    ("NO_MEMORY", "out of memory"),
    ("SYNTAX", "syntax error"),
    ("NO_ELEMENTS", "no element found"),
    ("INVALID_TOKEN", "not well-formed (invalid token)"),
    ("UNCLOSED_TOKEN", "unclosed token"),
    ("PARTIAL_CHAR", "partial character"),
    ("TAG_MISMATCH", "mismatched tag"),
    ("DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    ("JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    ("PARAM_ENTITY_REF", "illegal parameter entity reference"),
    ("UNDEFINED_ENTITY", "undefined entity"),
    ("RECURSIVE_ENTITY_REF", "recursive entity reference"),
    ("ASYNC_ENTITY", "asynchronous entity"),
    ("BAD_CHAR_REF", "reference to invalid character number"),
    ("BINARY_ENTITY_REF", "reference to binary entity"),
    ("ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"),
    ("MISPLACED_XML_PI", "XML or text declaration not at start of entity"),
    ("UNKNOWN_ENCODING", "unknown encoding"),
    ("INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"),
    ("UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    ("EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"),
    ("NOT_STANDALONE", "document is not standalone"),
    ("UNEXPECTED_STATE", "unexpected parser state - please send a bug report"),
    ("ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"),
    ("FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"),
    ("CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"),
    ("UNBOUND_PREFIX", "unbound prefix"),
    ("UNDECLARING_PREFIX", "must not undeclare prefix"),
    ("INCOMPLETE_PE", "incomplete markup in parameter entity"),
    ("XML_DECL", "XML declaration not well-formed"),
    ("TEXT_DECL", "text declaration not well-formed"),
    ("PUBLICID", "illegal character(s) in public id"),
    ("SUSPENDED", "parser suspended"),
    ("NOT_SUSPENDED", "parser not suspended"),
    ("ABORTED", "parsing aborted"),
    ("FINISHED", "parsing finished"),
    ("SUSPEND_PE", "cannot suspend in external parameter entity"),
    ("RESERVED_PREFIX_XML", "reserved prefix (xml) must not be undeclared or bound to "
     "another namespace name"),
    ("RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"),
    ("RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace "
     "names"),
    ("INVALID_ARGUMENT", "invalid argument"),
    ("NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"),
    ("AMPLIFICATION_LIMIT_BREACH", "limit on input amplification factor (from DTD and "
     "entities) breached"),
)


def _submodule(name, doc):
    m = type(sys)("pyexpat." + name, doc)
    sys.modules["pyexpat." + name] = m
    return m


errors = _submodule("errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _n, (_name, _msg) in enumerate(_ERRORS, 1):
    setattr(errors, "XML_ERROR_" + _name, _msg)
    errors.codes[_msg] = _n
    errors.messages[_n] = _msg

model = _submodule("model", "Constants used to interpret content model information.")
for _name, _value in (("XML_CQUANT_NONE", 0), ("XML_CQUANT_OPT", 1), ("XML_CQUANT_REP", 2),
                      ("XML_CQUANT_PLUS", 3), ("XML_CTYPE_EMPTY", 1), ("XML_CTYPE_ANY", 2),
                      ("XML_CTYPE_MIXED", 3), ("XML_CTYPE_NAME", 4), ("XML_CTYPE_CHOICE", 5),
                      ("XML_CTYPE_SEQ", 6)):
    setattr(model, _name, _value)
del _n, _name, _msg, _value


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    return errors.messages.get(code)


_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)
_SETTINGS = ("buffer_text", "ordered_attributes", "specified_attributes",
             "namespace_prefixes", "intern")


_CONSUMERS = {"doctype": "StartDoctypeDeclHandler", "doctype_end": "EndDoctypeDeclHandler",
              "element": "ElementDeclHandler", "attlist": "AttlistDeclHandler",
              "entity": "EntityDeclHandler", "notation": "NotationDeclHandler",
              "unparsed": "UnparsedEntityDeclHandler"}


class _Events:
    """The scanner's handler: turns its events into calls of the parser's handlers."""

    def __init__(self, parser):
        self.p = parser

    def consumes(self, kind):
        return self.p._handlers.get(_CONSUMERS[kind]) is not None

    def default(self, text):
        p = self.p
        f = p._handlers.get(p._default_name)
        if f is not None:
            p._flush()
            f(text)

    def call_or_default(self, name, *args):
        # markup in content: its handler, else the default handler gets its text
        if self.p._handlers.get(name) is not None:
            self.call(name, *args)
        else:
            sc = self.p._scanner
            self.default(sc.raw_ref if sc.raw_ref is not None else sc.buf[sc.span[0]:sc.span[1]])

    def call(self, name, *args):
        p = self.p
        f = p._handlers.get(name)
        if f is not None:
            p._flush()
            f(*args)

    def data(self, text):
        p = self.p
        f = p._handlers.get("CharacterDataHandler")
        if f is None:
            self.default(p._scanner.raw_ref or text)
            return
        if not p.buffer_text:
            f(text)
            return
        if p._used + len(text) > p._buffer_size:
            p._flush()
            if len(text) > p._buffer_size:
                f(text)
                return
        p._text.append(text)
        p._used += len(text)

    def start(self, tag, attrib):
        p = self.p
        sc = p._scanner
        if p._handlers.get("StartElementHandler") is None:
            # an empty element's tag goes to the default handler once, unless its end
            # is handled
            if not (sc.empty and p._handlers.get("EndElementHandler") is not None):
                self.default(sc.buf[sc.span[0]:sc.span[1]])
            return
        if p.specified_attributes and sc.defaulted:
            attrib = dict(list(attrib.items())[:len(attrib) - sc.defaulted])
        if p.ordered_attributes:
            flat = []
            for k, v in attrib.items():
                flat.append(k)
                flat.append(v)
            attrib = flat
        self.call("StartElementHandler", tag, attrib)

    def end(self, tag):
        if self.p._scanner.span is None and self.p._handlers.get("EndElementHandler") is None:
            return      # an empty element: its tag was reported by start
        self.call_or_default("EndElementHandler", tag)

    def pi(self, target, data):
        self.call_or_default("ProcessingInstructionHandler", target, data)

    def comment(self, text):
        self.call_or_default("CommentHandler", text)

    def start_ns(self, prefix, uri):
        self.call("StartNamespaceDeclHandler", prefix or None, uri or None)

    def end_ns(self, prefix):
        self.call("EndNamespaceDeclHandler", prefix or None)

    def start_cdata(self):
        self.call_or_default("StartCdataSectionHandler")

    def end_cdata(self):
        self.call_or_default("EndCdataSectionHandler")

    def xml_decl(self, version, encoding, standalone):
        self.call_or_default("XmlDeclHandler", version, encoding, standalone)

    def doctype_start(self, name, system, pubid, has_subset):
        self.call("StartDoctypeDeclHandler", name, system, pubid, has_subset)

    def doctype_end(self):
        self.call("EndDoctypeDeclHandler")

    def entity_decl(self, *args):
        self.call("EntityDeclHandler", *args)

    def unparsed_entity_decl(self, name, base, system, pubid, notation):
        if self.p._handlers.get("UnparsedEntityDeclHandler") is not None:
            self.call("UnparsedEntityDeclHandler", name, base, system, pubid, notation)
        else:
            self.call("EntityDeclHandler", name, 0, None, base, system, pubid, notation)

    def element_decl(self, name, model):
        p = self.p
        if p._handlers.get("ElementDeclHandler") is None:
            return
        # CPython converts the model recursively: past the recursion limit (counting
        # the frames of Parse's caller) it is a RecursionError
        depth = 0
        stack = [(model, 1)]
        while stack:
            m, d = stack.pop()
            depth = max(depth, d)
            stack.extend((c, d + 1) for c in m[3])
        if depth > 900:
            f = p._caller
            while f is not None:
                depth += 1
                f = f.f_back
            if depth + 1 > sys.getrecursionlimit():
                raise RecursionError("maximum recursion depth exceeded in conv_content_model")
        self.call("ElementDeclHandler", name, model)

    def attlist_decl(self, *args):
        self.call("AttlistDeclHandler", *args)

    def notation_decl(self, *args):
        self.call("NotationDeclHandler", *args)

    def not_standalone(self):
        f = self.p._handlers.get("NotStandaloneHandler")
        return True if f is None else _int_result(f())

    def skipped_entity(self, name, is_parameter):
        self.call_or_default("SkippedEntityHandler", name, is_parameter)

    def external_entity_ref(self, name, base, system, pubid, pos):
        # expat's context: the namespace bindings in scope, then the entity's name (None
        # for the external DTD subset)
        p = self.p
        f = p._handlers.get("ExternalEntityRefHandler")
        if f is None:
            if name is not None:
                self.default(p._scanner.buf[p._scanner.span[0]:p._scanner.span[1]])
            return False
        sc = p._scanner
        context = name
        if sc.ns and name is not None:
            parts = ["=" + sc.scope[""]] if sc.scope.get("") else []
            parts += ["%s=%s" % (k, v) for k, v in sc.scope.items() if k]
            context = "\f".join(parts + [name])
        p._flush()
        if not _int_result(f(context, base, system, pubid)):
            sc.fail(21, "error in processing external entity reference", pos)
        return True


def _int_result(value):
    # a handler's result as pyexpat reads it (a C int)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value


class xmlparser:
    """XML parser"""

    def __init__(self, encoding, namespace_separator, intern):
        self._handlers = {}
        self._text = []         # buffered character data (buffer_text)
        self._used = 0
        self._buffer_size = 8192
        self._error = None
        self._finished = False
        self._stopped = None      # where a handler's exception stopped the parse
        self._base = None
        self._default_name = "DefaultHandler"     # the one set last of the two
        self._parsing = False
        self._caller = None       # the frame that called Parse, while it runs
        self.buffer_text = False
        self.ordered_attributes = False
        self.specified_attributes = False
        self._scanner = _Scanner(_Events(self), namespace_separator is not None,
                                 namespace_separator)
        self.namespace_prefixes = False
        self.intern = {} if intern is None else intern
        self._scanner.encoding = encoding

    def __getattr__(self, name):
        if name in _HANDLERS:
            return self._handlers.get(name)
        raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'" % type(name).__name__)
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        elif name in _HANDLERS:
            if name == "CharacterDataHandler":
                self._flush()
            if name in ("DefaultHandler", "DefaultHandlerExpand"):
                # as expat: one default handler; DefaultHandler stops internal entities
                # being expanded in content
                self._default_name = name
                self._scanner.expand_internal = name == "DefaultHandlerExpand"
            self._handlers[name] = value
        elif name in _SETTINGS:
            if name == "buffer_text" and not value:
                self._flush()
            value = value if name == "intern" else bool(value)
            object.__setattr__(self, name, value)
            if name == "namespace_prefixes":
                self._scanner.ns_prefixes = value
        elif name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value > sys.maxsize:
                raise OverflowError("Python int too large to convert to C long")
            if value > _INT_MAX:
                raise ValueError("buffer_size must not be greater than %d" % _INT_MAX)
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
            self._flush()
            self._buffer_size = value
        else:
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    @property
    def buffer_size(self):
        return self._buffer_size

    @property
    def buffer_used(self):
        return self._used

    def _flush(self):
        if self._text:
            text = "".join(self._text)
            self._text.clear()
            self._used = 0
            f = self._handlers.get("CharacterDataHandler")
            if f is not None:
                f(text)

    # ---- positions ----

    def _where(self, at):
        sc = self._scanner
        line, col = sc.where(at)
        return line, col, len(sc.buf[:at].encode("utf-8", "surrogatepass"))

    @property
    def CurrentLineNumber(self):
        return self._where(self._scanner.tok)[0]

    @property
    def CurrentColumnNumber(self):
        return self._where(self._scanner.tok)[1]

    @property
    def CurrentByteIndex(self):
        return self._where(self._scanner.tok)[2]

    def _error_field(self, i):
        e = self._error
        return (0, 1, 0, -1)[i] if e is None else e[i]

    ErrorCode = property(lambda self: self._error_field(0))
    ErrorLineNumber = property(lambda self: self._error_field(1))
    ErrorColumnNumber = property(lambda self: self._error_field(2))
    ErrorByteIndex = property(lambda self: self._error_field(3))

    # ---- parsing ----

    def _raise(self, code, message, line, col, index):
        self._error = (code, line, col, index)
        err = ExpatError("%s: line %d, column %d" % (message, line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        raise err

    def Parse(self, data, isfinal=False):
        """Parse XML data. `isfinal' should be true at end of input."""
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if self._error is not None:
            code, line, col, index = self._error
            self._raise(code, errors.messages[code], line, col, index)
        if self._finished:
            stop = len(self._scanner.buf) if self._stopped is None else self._stopped
            self._raise(36, errors.messages[36], *self._where(stop))
        try:
            self._parsing = True
            self._caller = sys._getframe(1)
            self._scanner.feed(data, bool(isfinal))
            self._flush()
        except ParseError as e:
            line, col = e.position
            self._raise(e.code, errors.messages[e.code], line, col,
                        self._where(self._scanner.tok)[2])
        except BaseException:
            # a handler raised: expat stops parsing there, as CPython's
            self._finished = True
            self._stopped = self._scanner.pos
            raise
        finally:
            self._parsing = False
            self._caller = None
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            data = read(65536)
            if not isinstance(data, (str, bytes, bytearray)):
                raise TypeError("read() did not return a bytes object (type=%s)"
                                % type(data).__name__)
            if not data:
                return self.Parse(b"", True)
            self.Parse(data, False)

    def SetBase(self, base):
        """Set the base URL for the parser."""
        self._base = base
        self._scanner.base = base

    def GetBase(self):
        """Return base URL string for the parser."""
        return self._base

    def ExternalEntityParserCreate(self, context, encoding=None):
        """Create a parser for parsing an external entity based on the information
        passed to the ExternalEntityRefHandler."""
        if context is not None and not isinstance(context, str):
            raise TypeError("ExternalEntityParserCreate() argument 1 must be str or None, "
                            "not %s" % type(context).__name__)
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("ExternalEntityParserCreate() argument 2 must be str, not %s"
                            % type(encoding).__name__)
        sc = self._scanner
        new = xmlparser(encoding, sc.ns_sep if sc.ns else None, self.intern)
        new._handlers = dict(self._handlers)
        new._default_name = self._default_name
        new._buffer_size = self._buffer_size
        new._base = self._base
        for name in _SETTINGS:
            object.__setattr__(new, name, getattr(self, name))
        # the entity shares the document's DTD (what it declares is the document's) and
        # starts in the namespace scope of the reference
        n = new._scanner
        for name in ("entities", "ent_size", "ent_cost", "ent_attr", "ent_pieces",
                     "ext_entities", "pentities", "attdefs", "base", "standalone",
                     "external", "expand_internal", "ns_prefixes", "keep"):
            setattr(n, name, getattr(sc, name))
        n.scope = dict(sc.scope)
        if context is None:
            n.entity_mode = "dtd"
            n.in_subset = True
        else:
            n.entity_mode = "content"
            n.state = 1
        return new

    def SetParamEntityParsing(self, flag):
        """Controls parsing of parameter entities (including the external DTD subset)."""
        if not isinstance(flag, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(flag).__name__)
        # expat's answer: 0 while parsing; an external DTD subset is then announced to
        # ExternalEntityRefHandler (safepy does not read it)
        if self._parsing:
            return 0
        self._scanner.param_parsing = flag
        return 1

    def UseForeignDTD(self, flag=True):
        """Allows the application to provide an artificial external subset if one is not
        specified as part of the document instance."""
        if self._parsing:
            self._raise(26, errors.messages[26], *self._where(self._scanner.tok))
        if not self._scanner.doctype_seen:
            self._scanner.external = bool(flag)     # undeclared entities are skipped
            self._scanner.foreign = bool(flag)


xmlparser.__module__ = "pyexpat"
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or "
                            "None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, "
                             "or None")
    if intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return xmlparser(encoding, namespace_separator, intern)
