# socket's data and pure functions: constants as enums, exception classes, byte order,
# inet_aton/ntoa/pton/ntop (glibc's rules), default timeout.
import socket
print(repr(socket.AF_INET), str(socket.AF_INET), repr(socket.SOCK_STREAM), socket.MsgFlag, socket.AddressInfo)
print(len(socket.AddressFamily.__members__), list(socket.SocketKind.__members__))
print(socket.herror.__mro__[1:], socket.gaierror.__mro__[1], socket.timeout, socket.error)
print(socket.AF_INET6 == 10, isinstance(socket.SOCK_DGRAM, int), socket.SocketType is socket.socket)
print(socket.MsgFlag.MSG_PEEK | socket.MsgFlag.MSG_OOB)
class Sub(socket.socket):
    pass
print(Sub.__mro__[1] is socket.socket)
print(socket.getfqdn('example.invalid'))
import socket
tests = [
 "socket.htons(70000)", "socket.htons(-1)", "socket.htonl(2**32)", "socket.htonl(-1)", "socket.htons(1.5)", "socket.htons('1')",
 "socket.htons(0x1234)", "socket.ntohs(0x1234)", "socket.htonl(0x12345678)", "socket.ntohl(1)",
 "socket.inet_aton('1.2.3.4')", "socket.inet_aton('1')", "socket.inet_aton('1.2')", "socket.inet_aton('0x7f.1')", "socket.inet_aton('010.0.0.1')",
 "socket.inet_aton('256.1.1.1')", "socket.inet_aton('1.2.3.4.5')", "socket.inet_aton('')", "socket.inet_aton(' 1.2.3.4')", "socket.inet_aton('1.2.3.4 junk')", "socket.inet_aton(b'1.2.3.4')",
 "socket.inet_ntoa(b'\\x01\\x02\\x03\\x04')", "socket.inet_ntoa(b'\\x01')", "socket.inet_ntoa('abcd')", "socket.inet_ntoa(bytearray(b'abcd'))",
 "socket.inet_pton(socket.AF_INET, '1.2.3.4')", "socket.inet_pton(socket.AF_INET, '1.2.3')", "socket.inet_pton(socket.AF_INET, '01.2.3.4')",
 "socket.inet_pton(socket.AF_INET6, '::1')", "socket.inet_pton(socket.AF_INET6, '1:2:3:4:5:6:7:8')", "socket.inet_pton(socket.AF_INET6, '::ffff:1.2.3.4')", "socket.inet_pton(socket.AF_INET6, '1::2::3')", "socket.inet_pton(socket.AF_INET6, ':1')", "socket.inet_pton(socket.AF_INET6, '12345::')", "socket.inet_pton(99, 'x')",
 "socket.inet_ntop(socket.AF_INET6, bytes(16))", "socket.inet_ntop(socket.AF_INET6, bytes(15)+b'\\x01')", "socket.inet_ntop(socket.AF_INET6, b'\\x00\\x01'+bytes(4)+b'\\x00\\x02'+bytes(8))",
 "socket.inet_ntop(socket.AF_INET6, bytes(10)+b'\\xff\\xff\\x01\\x02\\x03\\x04')", "socket.inet_ntop(socket.AF_INET6, bytes(12)+b'\\x01\\x02\\x03\\x04')", "socket.inet_ntop(socket.AF_INET6, b'\\x00\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\x00')",
 "socket.inet_ntop(socket.AF_INET6, b'\\x00\\x01\\x00\\x00'+b'\\x00\\x02'*6)", "socket.inet_ntop(socket.AF_INET, b'abc')", "socket.inet_ntop(socket.AF_INET6, b'abc')", "socket.inet_ntop(socket.AF_INET, b'\\x7f\\x00\\x00\\x01')", "socket.inet_ntop(7, b'abcd')",
 "socket.getdefaulttimeout()", "socket.setdefaulttimeout(-1)", "socket.setdefaulttimeout('x')", "socket.setdefaulttimeout(2)",
 "socket.inet_ntop(socket.AF_INET6, bytes.fromhex('20010db8000000000001000000000001'))", "socket.inet_ntop(socket.AF_INET6, bytes.fromhex('20010db8000000010000000000000001'))",
 "socket.inet_ntop(socket.AF_INET6, bytes.fromhex('ABCD00000000000000000000FFFF0000'))",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
