# http.server.BaseHTTPRequestHandler over byte streams: request parsing, responses, errors
import io
import sys
import socketserver
from http.server import BaseHTTPRequestHandler, HTTPServer, DEFAULT_ERROR_MESSAGE
from http import HTTPStatus


class H(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    sys_version = 'Python/X'

    def date_time_string(self, timestamp=None):
        return 'DATE'

    def log_message(self, format, *args):
        print('LOG', format % args)

    def do_GET(self):
        body = ('path=%s host=%s' % (self.path, self.headers['Host'])).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_error(HTTPStatus.NOT_FOUND, 'No <such> thing')


def run(raw):
    h = H.__new__(H)
    h.rfile = io.BytesIO(raw)
    h.wfile = io.BytesIO()
    h.client_address = ('127.0.0.1', 1234)
    h.handle()
    print(h.wfile.getvalue().decode('latin-1').replace('\r\n', '|\n'))
    print('close', h.close_connection, getattr(h, 'command', '-'),
          getattr(h, 'request_version', '-'))


run(b'GET //a/b HTTP/1.1\r\nHost: x.org\r\nX-A: 1\r\n\r\nGET /two HTTP/1.1\r\nHost: y\r\nConnection: close\r\n\r\n')
run(b'HEAD /missing HTTP/1.0\r\n\r\n')
run(b'POST / HTTP/1.0\r\n\r\n')
run(b'GET / HTTP/2.0\r\n\r\n')
run(b'GET / HTTP/1.x\r\n\r\n')
run(b'GET / FTP/1.0\r\n\r\n')
run(b'PUT /\r\n\r\n')
run(b'GET /a b c d\r\n\r\n')
run(b'GET /old\r\n')
run(b'')
run(b'GET / HTTP/1.1\r\n' + b'X: y\r\n' * 101 + b'\r\n')
print(H.responses[404], H.server_version, H.sys_version == 'Python/' + sys.version.split()[0])
print(issubclass(HTTPServer, __import__('socketserver').TCPServer), DEFAULT_ERROR_MESSAGE[:15])


class FakeConn:
    # what StreamRequestHandler needs of a connected socket
    def __init__(self, data):
        self.data = data
        self.sent = []

    def makefile(self, mode, bufsize):
        return io.BytesIO(self.data)

    def sendall(self, b):
        self.sent.append(bytes(b))


class Srv(socketserver.BaseServer):
    pass


srv = Srv(('127.0.0.1', 0), H)
conn = FakeConn(b'GET /via-server HTTP/1.0\r\nHost: h\r\n\r\n')
srv.finish_request(conn, ('10.0.0.1', 5))
print(conn.sent)


class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


class Sock:
    def sendto(self, data, addr):
        print('sendto', data, addr)


Echo((b'ping', Sock()), ('1.2.3.4', 9), None)
