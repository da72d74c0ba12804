"""socket: safepy runs code without network access.

The enclave makes no system calls and the host table offers no sockets, so nothing here
can open a connection or ask a resolver: creating a socket, resolving or looking up a
name or service, and asking the host's name raise PermissionError (errno EPERM, as
under a sandbox that denies the socket calls) with a message saying why. The module
exists so that code which only imports it, or uses its data and pure functions (email,
http.client, urllib), runs: the constants (Linux values, as enums like CPython's),
the exception classes, the byte-order functions and the address conversions
(inet_aton/ntoa/pton/ntop) behave as in CPython 3.11.
"""

import errno as _errno
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag

__all__ = ['socket', 'SocketType', 'error', 'herror', 'gaierror', 'timeout',
           'AddressFamily', 'SocketKind', 'MsgFlag', 'AddressInfo', 'has_ipv6',
           'create_connection', 'create_server', 'has_dualstack_ipv6', 'getfqdn',
           'gethostname', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr',
           'getaddrinfo', 'getnameinfo', 'getservbyname', 'getservbyport',
           'getprotobyname', 'socketpair', 'fromfd', 'getdefaulttimeout',
           'setdefaulttimeout', 'htons', 'ntohs', 'htonl', 'ntohl', 'inet_aton',
           'inet_ntoa', 'inet_pton', 'inet_ntop']

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


has_ipv6 = False
_GLOBAL_DEFAULT_TIMEOUT = object()
_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'

# Linux's values (what CPython 3.11 reports on this platform)
AF_UNSPEC, AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM = 0, 1, 2, 3, 4, 5, 6
AF_BRIDGE, AF_ATMPVC, AF_X25, AF_INET6, AF_ROSE, AF_NETBEUI = 7, 8, 9, 10, 11, 13
AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH, AF_ECONET = 14, 15, 16, 17, 18, 19
AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC = 20, 21, 22, 23, 24, 25, 26
AF_CAN, AF_TIPC, AF_BLUETOOTH, AF_ALG, AF_VSOCK, AF_QIPCRTR = 29, 30, 31, 38, 40, 42
AF_ROUTE = AF_NETLINK
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET = 1, 2, 3, 4, 5
SOCK_NONBLOCK, SOCK_CLOEXEC = 2048, 524288
SOL_SOCKET, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_BROADCAST = 1, 2, 3, 4, 6
SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_LINGER, SO_REUSEPORT = 7, 8, 9, 13, 15
SO_RCVTIMEO, SO_SNDTIMEO = 20, 21
IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP = 0, 1, 6, 17
IPPROTO_IPV6, IPPROTO_RAW = 41, 255
IP_TTL, IPV6_V6ONLY = 2, 26
TCP_NODELAY, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT = 1, 4, 5, 6
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
SOMAXCONN = 4096
INADDR_ANY, INADDR_LOOPBACK = 0, 0x7f000001
INADDR_BROADCAST = INADDR_NONE = 0xffffffff
MSG_OOB, MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_NOSIGNAL = 1, 2, 64, 256, 16384
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED = 1, 2, 4, 8
AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV = 16, 32, 1024
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM = 1, 2, 4, 8, 16
NI_MAXHOST, NI_MAXSERV = 1025, 32
EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_FAMILY = -2, -3, -4, -6
EAI_SOCKTYPE, EAI_SERVICE = -7, -8

AddressFamily = _IntEnum._convert_('AddressFamily', __name__,
                                   lambda n: n.isupper() and n.startswith('AF_'))
SocketKind = _IntEnum._convert_('SocketKind', __name__,
                                lambda n: n.isupper() and n.startswith('SOCK_'))
MsgFlag = _IntFlag._convert_('MsgFlag', __name__,
                             lambda n: n.isupper() and n.startswith('MSG_'))
AddressInfo = _IntFlag._convert_('AddressInfo', __name__,
                                 lambda n: n.isupper() and n.startswith('AI_'))


def _no_network(what):
    return PermissionError(_errno.EPERM, 'Operation not permitted (%s: safepy has no '
                           'network access)' % what)


class SocketType:
    """A network socket: safepy cannot make one (no network access)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _no_network('socket')


class socket(SocketType):
    """A network socket: safepy cannot make one (no network access)."""


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    raise _no_network('socketpair')


def fromfd(fd, family, type, proto=0):
    raise _no_network('fromfd')


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    raise _no_network('create_connection')


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    raise _no_network('create_server')


def has_dualstack_ipv6():
    return False


def gethostname():
    raise _no_network('gethostname')


def gethostbyname(hostname):
    raise _no_network('gethostbyname')


def gethostbyname_ex(hostname):
    raise _no_network('gethostbyname_ex')


def gethostbyaddr(ip_address):
    raise _no_network('gethostbyaddr')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    raise _no_network('getaddrinfo')


def getnameinfo(sockaddr, flags):
    raise _no_network('getnameinfo')


def getservbyname(servicename, protocolname=None):
    raise _no_network('getservbyname')


def getservbyport(port, protocolname=None):
    raise _no_network('getservbyport')


def getprotobyname(protocolname):
    raise _no_network('getprotobyname')


def getfqdn(name=''):
    """The fully qualified name of [name] (the host's own for ''): needs a resolver."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        if not isinstance(timeout, float):
            timeout = float(_index_arg(timeout).__index__())
        if timeout != timeout:
            raise ValueError('Invalid value NaN (not a number)')
        if timeout < 0:
            raise ValueError('Timeout value out of range')
    _default_timeout = timeout


# ---- byte order (the host is little-endian) ----

def _unsigned(x, bits, name):
    x = x.__index__()
    if bits == 16:
        if x < 0:
            raise OverflowError("%s: can't convert negative Python int to C 16-bit "
                                "unsigned integer" % name)
        if x > 0xffff:
            raise OverflowError('%s: Python int too large to convert to C 16-bit '
                                'unsigned integer' % name)
    else:
        if x < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if x > 0xffffffff:
            raise OverflowError('int larger than 32 bits')
    return x


def _index_arg(x):
    if isinstance(x, float) or not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return x


def htons(x):
    x = _unsigned(_index_arg(x), 16, 'htons')
    return ((x & 0xff) << 8) | (x >> 8)


def ntohs(x):
    x = _unsigned(_index_arg(x), 16, 'ntohs')
    return ((x & 0xff) << 8) | (x >> 8)


def htonl(x):
    return int.from_bytes(_unsigned(_index_arg(x), 32, 'htonl').to_bytes(4, 'little'), 'big')


def ntohl(x):
    return int.from_bytes(_unsigned(_index_arg(x), 32, 'ntohl').to_bytes(4, 'little'), 'big')


# ---- address conversions (glibc's rules) ----

def _illegal(fn):
    return OSError('illegal IP address string passed to %s' % fn)


def _aton_part(s, i):
    # one number of inet_aton's forms: 0x hex, 0 octal, decimal; (value, next index)
    n = len(s)
    if i >= n or not s[i].isdigit() or not s[i].isascii():
        return None, i
    base = 10
    if s[i] == '0':
        if i + 1 < n and s[i + 1] in 'xX':
            base, i = 16, i + 2
        else:
            base = 8
    v = 0
    while i < n:
        c = s[i]
        if base == 16 and c in '0123456789abcdefABCDEF':
            d = int(c, 16)
        elif c.isascii() and c.isdigit() and (base == 10 or c < '8'):
            d = ord(c) - 48
        else:
            break
        v = v * base + d
        if v > 0xffffffff:
            return None, i
        i += 1
    return v, i


def inet_aton(ip_string):
    if not isinstance(ip_string, str):
        raise TypeError('inet_aton() argument 1 must be str, not %s' % type(ip_string).__name__)
    s, parts, i = ip_string, [], 0
    while True:
        v, i = _aton_part(s, i)
        if v is None:
            raise _illegal('inet_aton')
        parts.append(v)
        if i < len(s) and s[i] == '.' and len(parts) < 4:
            i += 1
            continue
        break
    if i < len(s) and s[i] not in ' \t\n\v\f\r':
        raise _illegal('inet_aton')
    limits = {1: (), 2: (0xff,), 3: (0xff, 0xff), 4: (0xff, 0xff, 0xff)}[len(parts)]
    for p, lim in zip(parts, limits):
        if p > lim:
            raise _illegal('inet_aton')
    last = parts[-1]
    if last >= 1 << (8 * (5 - len(parts))):
        raise _illegal('inet_aton')
    value = 0
    for k, p in enumerate(parts[:-1]):
        value |= p << (24 - 8 * k)
    return (value | last).to_bytes(4, 'big')


def _packed(packed):
    try:
        return bytes(memoryview(packed))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(packed).__name__) from None


def inet_ntoa(packed_ip):
    b = _packed(packed_ip)
    if len(b) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(b)


def _pton4(s):
    parts = s.split('.')
    if len(parts) != 4:
        return None
    out = []
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()) or (len(p) > 1 and p[0] == '0'):
            return None
        v = int(p)
        if v > 255:
            return None
        out.append(v)
    return bytes(out)


def _pton6(s):
    if s.startswith(':') and not s.startswith('::'):
        return None
    if s.endswith(':') and not s.endswith('::'):
        return None
    head, sep, tail = s.partition('::')
    if '::' in tail:
        return None

    def groups(part, allow_v4):
        if not part:
            return []
        out = []
        fields = part.split(':')
        for k, f in enumerate(fields):
            if allow_v4 and k == len(fields) - 1 and '.' in f:
                v4 = _pton4(f)
                if v4 is None:
                    return None
                out += [v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]]
            elif 1 <= len(f) <= 4 and all(c in '0123456789abcdefABCDEF' for c in f):
                out.append(int(f, 16))
            else:
                return None
        return out

    if sep:
        g1, g2 = groups(head, False), groups(tail, True)
        if g1 is None or g2 is None or len(g1) + len(g2) > 7:
            return None
        words = g1 + [0] * (8 - len(g1) - len(g2)) + g2
    else:
        words = groups(head, True)
        if words is None or len(words) != 8:
            return None
    return b''.join(w.to_bytes(2, 'big') for w in words)


def inet_pton(address_family, ip_string):
    if not isinstance(ip_string, str):
        raise TypeError('inet_pton() argument 2 must be str, not %s' % type(ip_string).__name__)
    if address_family == AF_INET:
        r = _pton4(ip_string)
    elif address_family == AF_INET6:
        r = _pton6(ip_string)
    else:
        raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')
    if r is None:
        raise _illegal('inet_pton')
    return r


def inet_ntop(address_family, packed_ip):
    b = _packed(packed_ip)
    if address_family == AF_INET:
        if len(b) != 4:
            raise ValueError('invalid length of packed IP address string')
        return inet_ntoa(b)
    if address_family != AF_INET6:
        raise ValueError('unknown address family %d' % address_family)
    if len(b) != 16:
        raise ValueError('invalid length of packed IP address string')
    words = [b[k] << 8 | b[k + 1] for k in range(0, 16, 2)]
    best, best_len, k = -1, 0, 0
    while k < 8:  # the first longest run of zero words, if at least two long
        if words[k] == 0:
            j = k
            while j < 8 and words[j] == 0:
                j += 1
            if j - k > best_len:
                best, best_len = k, j - k
            k = j
        else:
            k += 1
    if best_len < 2:
        best = -1
    out, k = [], 0
    while k < 8:
        if k == best:
            out.append('')
            if k == 0:
                out.append('')
            k += best_len
            if k == 8:
                out.append('')
            continue
        if k == 6 and best == 0 and (best_len == 6 or (best_len == 5 and words[5] == 0xffff)):
            out.append('%d.%d.%d.%d' % tuple(b[12:]))
            break
        out.append('%x' % words[k])
        k += 1
    return ':'.join(out)
