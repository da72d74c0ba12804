"""Exception classes raised by urllib (safepy's own implementation of CPython 3.11's).

URLError is an OSError whose args are (reason,); HTTPError is at the same time an
exception and a response (an addinfourl over the error page, an empty StringIO when
there is none, as in 3.11); ContentTooShortError carries the content downloaded so far.
"""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # An OSError by type only: args is (reason,), not (errno, strerror).
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """Raised when HTTP error occurs, but also acts like non-error return"""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        urllib.response.addinfourl.__init__(self, io.StringIO() if fp is None else fp, hdrs,
                                            url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    # URLError's reason is the HTTP message here
    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """Exception raised when downloaded size does not match content-length."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
