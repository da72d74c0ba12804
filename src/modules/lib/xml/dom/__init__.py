"""xml.dom: the W3C DOM's node type and exception constants, its exceptions and
getDOMImplementation (safepy's own implementation; xml.dom.minidom is the DOM)."""


class Node:
    """The node type constants."""
    __slots__ = ()
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


INDEX_SIZE_ERR = 1
DOMSTRING_SIZE_ERR = 2
HIERARCHY_REQUEST_ERR = 3
WRONG_DOCUMENT_ERR = 4
INVALID_CHARACTER_ERR = 5
NO_DATA_ALLOWED_ERR = 6
NO_MODIFICATION_ALLOWED_ERR = 7
NOT_FOUND_ERR = 8
NOT_SUPPORTED_ERR = 9
INUSE_ATTRIBUTE_ERR = 10
INVALID_STATE_ERR = 11
SYNTAX_ERR = 12
INVALID_MODIFICATION_ERR = 13
NAMESPACE_ERR = 14
INVALID_ACCESS_ERR = 15
VALIDATION_ERR = 16


class DOMException(Exception):
    """The DOM's exceptions: each subclass has its error code."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _exception(name, code):
    cls = type(name, (DOMException,), {"code": code})
    cls.__module__ = __name__
    return cls


IndexSizeErr = _exception("IndexSizeErr", INDEX_SIZE_ERR)
DomstringSizeErr = _exception("DomstringSizeErr", DOMSTRING_SIZE_ERR)
HierarchyRequestErr = _exception("HierarchyRequestErr", HIERARCHY_REQUEST_ERR)
WrongDocumentErr = _exception("WrongDocumentErr", WRONG_DOCUMENT_ERR)
InvalidCharacterErr = _exception("InvalidCharacterErr", INVALID_CHARACTER_ERR)
NoDataAllowedErr = _exception("NoDataAllowedErr", NO_DATA_ALLOWED_ERR)
NoModificationAllowedErr = _exception("NoModificationAllowedErr", NO_MODIFICATION_ALLOWED_ERR)
NotFoundErr = _exception("NotFoundErr", NOT_FOUND_ERR)
NotSupportedErr = _exception("NotSupportedErr", NOT_SUPPORTED_ERR)
InuseAttributeErr = _exception("InuseAttributeErr", INUSE_ATTRIBUTE_ERR)
InvalidStateErr = _exception("InvalidStateErr", INVALID_STATE_ERR)
SyntaxErr = _exception("SyntaxErr", SYNTAX_ERR)
InvalidModificationErr = _exception("InvalidModificationErr", INVALID_MODIFICATION_ERR)
NamespaceErr = _exception("NamespaceErr", NAMESPACE_ERR)
InvalidAccessErr = _exception("InvalidAccessErr", INVALID_ACCESS_ERR)
ValidationErr = _exception("ValidationErr", VALIDATION_ERR)


class UserDataHandler:
    """The operation codes of user data handlers."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

_registered = {}


def registerDOMImplementation(name, factory):
    _registered[name] = factory


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: the one registered as name, else minidom's."""
    if name is not None:
        if name in _registered:
            return _registered[name]()
        if name != "minidom":
            raise ImportError("unknown DOM implementation %s" % name)
    from . import minidom
    return minidom.getDOMImplementation(features)
