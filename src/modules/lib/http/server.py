"""http.server: an HTTP/1.x request handler and servers (safepy's own module).

BaseHTTPRequestHandler reads one request at a time from self.rfile (the request line,
then the headers, parsed into self.headers), calls do_<METHOD>, and writes the status
line and headers it is given to self.wfile; it works over any pair of byte streams.
HTTPServer is socketserver.TCPServer with the server's name and port recorded. safepy
has no network access, so a server can be built but binding a socket fails with the
socket module's error.

Not provided: SimpleHTTPRequestHandler and CGIHTTPRequestHandler (file and CGI serving).
"""

import sys
import time
import html
import itertools
import email.message
import email.parser
import email.utils
import socketserver
from http import HTTPStatus

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_MAXLINE = 65536        # longest request or header line read
_MAXHEADERS = 100       # most header lines in one request


try:
    from http.client import HTTPMessage as _HTTPMessage
except ImportError:
    class _HTTPMessage(email.message.Message):
        """A request's headers (http.client's HTTPMessage where that module exists)."""

        def getallmatchingheaders(self, name):
            wanted = name.lower() + ':'
            found = []
            taking = False
            for line in self.keys():
                if line[:len(wanted)].lower() == wanted:
                    taking = True
                elif not line[:1].isspace():
                    taking = False
                if taking:
                    found.append(line)
            return found


class _HeaderError(Exception):
    def __init__(self, message, detail):
        super().__init__(detail)
        self.message = message


def _read_header_block(fp):
    # The header lines up to the blank line, decoded as Latin-1 (as http.client does).
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise _HeaderError("Line too long", "got more than %d bytes when reading %s"
                               % (_MAXLINE, "header line"))
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise _HeaderError("Too many headers", "got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return b''.join(lines).decode('iso-8859-1')


class HTTPServer(socketserver.TCPServer):

    allow_reuse_address = 1    # a restarted server may bind the port again at once

    def server_bind(self):
        """Bind the socket and record the server's host name and port."""
        import socket
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Handles HTTP requests: subclasses define do_GET, do_POST, ... ."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = _HTTPMessage

    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def _bad_version(self, version):
        self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
        return False

    def parse_request(self):
        """Parse self.raw_requestline and the headers after it; False (after sending
        an error response) when the request is malformed."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            if not version.startswith('HTTP/'):
                return self._bad_version(version)
            base = version.split('/', 1)[1]
            parts = base.split(".")
            if len(parts) != 2 or any(not p.isdigit() or len(p) > 10 for p in parts):
                return self._bad_version(version)
            try:
                number = int(parts[0]), int(parts[1])
            except ValueError:
                return self._bad_version(version)
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % base)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        # '//host/x' would read as a network path to urllib: keep a single slash
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            text = _read_header_block(self.rfile)
        except _HeaderError as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, err.message, str(err))
            return False
        self.headers = email.parser.Parser(_class=self.MessageClass).parsestr(text)
        conntype = self.headers.get('Connection', "").lower()
        if conntype == 'close':
            self.close_connection = True
        elif conntype == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "")
        if (expect.lower() == "100-continue" and self.protocol_version >= "HTTP/1.1" and
                self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with 100 Continue; False rejects the request."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and answer one request."""
        try:
            self.raw_requestline = self.rfile.readline(_MAXLINE + 1)
            if len(self.raw_requestline) > _MAXLINE:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, 'do_' + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send an error response with an HTML body (none for HEAD and bodiless codes)."""
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = '???', '???'
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, buffer the status line and the Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffer the status line alone."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s %d %s\r\n" % (self.protocol_version, code, message))
                .encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Buffer one header line (a Connection header also decides keep-alive)."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """End the header block and write the buffered lines."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    # control characters in a logged request are written as \xNN, so a request
    # cannot forge log lines or terminal escapes
    _control_char_table = str.maketrans(
        {c: fr'\x{c:02x}' for c in itertools.chain(range(0x20), range(0x7f, 0xa0))})
    _control_char_table[ord('\\')] = r'\\'

    def log_message(self, format, *args):
        """Write one line to sys.stderr: client address, time, message."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               message.translate(self._control_char_table)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """The time (now by default) as an HTTP Date header value."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """The current local time for the log."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t.tm_mday, self.monthname[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]
