"""xml.sax: the Simple API for XML (safepy's own implementation, over
xml.sax.expatreader)."""

import io

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ["xml.sax.expatreader"]


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)


def make_parser(parser_list=()):
    """A reader from the first of parser_list, then default_parser_list, that imports
    and has create_parser()."""
    for name in list(parser_list) + default_parser_list:
        try:
            module = __import__(name, {}, {}, ["create_parser"])
        except ImportError:
            continue
        create = getattr(module, "create_parser", None)
        if create is not None:
            return create()
    raise SAXReaderNotAvailable("No parsers found", None)
