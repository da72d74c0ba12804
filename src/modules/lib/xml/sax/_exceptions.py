"""xml.sax._exceptions: the SAX exception classes (safepy's own implementation)."""


class SAXException(Exception):
    """An XML error or warning: a message and, maybe, the exception that caused it."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error in the document, with where the locator says it is."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        line = self.getLineNumber()
        col = self.getColumnNumber()
        return "%s:%s:%s: %s" % ("<unknown>" if sysid is None else sysid,
                                 "?" if line is None else line,
                                 "?" if col is None else col, self._msg)


class SAXNotRecognizedException(SAXException):
    """An unknown feature or property."""


class SAXNotSupportedException(SAXException):
    """A known feature or property that cannot be set so."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A parser driver that cannot be used."""
