"""ipaddress: IPv4/IPv6 addresses, networks and interfaces (safepy's own implementation).

Addresses are ints with a version; the parsers check every part with CPython's messages
(AddressValueError / NetmaskValueError, both ValueErrors), networks are an address and a
prefix length (from a prefix, a netmask or, for IPv4, a host mask), interfaces an address
with its network. The is_* properties use the IANA special-purpose registries as Python
3.11.2 knows them.
"""

import functools

__all__ = ['AddressValueError', 'NetmaskValueError', 'IPv4Address', 'IPv6Address',
           'IPv4Network', 'IPv6Network', 'IPv4Interface', 'IPv6Interface', 'ip_address',
           'ip_network', 'ip_interface', 'v4_int_to_packed', 'v6_int_to_packed',
           'summarize_address_range', 'collapse_addresses', 'get_mixed_type_key']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid IP address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask."""


def ip_address(address):
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _split_addr(address):
    # the address part and the prefix part (None) of a network/interface argument
    if isinstance(address, (bytes, int)):
        return address, None
    if isinstance(address, tuple):
        if len(address) > 1:
            return address[0], address[1]
        return address[0], None
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts[0], (parts[1] if len(parts) == 2 else None)


def _trailing_zeros(n, bits):
    if n == 0:
        return bits
    return (n & -n).bit_length() - 1


def _check_same(a, b):
    if a.version != b.version:
        raise TypeError(f"{a} and {b} are not of the same version")


def summarize_address_range(first, last):
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _check_same(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        n = min(_trailing_zeros(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - n))
        lo += 1 << n
        if lo - 1 == (1 << bits) - 1:
            break


def collapse_addresses(addresses):
    ranges = {}
    seen_version = None
    first = None
    for a in addresses:
        if isinstance(a, _BaseAddress):
            start = end = int(a)
        elif isinstance(a, _BaseNetwork):
            start, end = int(a.network_address), int(a.broadcast_address)
        else:
            raise TypeError("%r is not an IP address or network" % (a,))
        if seen_version is not None and a.version != seen_version:
            raise TypeError(f"{a} and {first} are not of the same version")
        seen_version = a.version
        first = a
        ranges.setdefault(a.version, []).append((start, end))
    out = []
    for version, spans in ranges.items():
        addr_cls = IPv4Address if version == 4 else IPv6Address
        spans.sort()
        merged = []
        for s, e in spans:
            if merged and s <= merged[-1][1] + 1:
                if e > merged[-1][1]:
                    merged[-1][1] = e
            else:
                merged.append([s, e])
        for s, e in merged:
            out.extend(summarize_address_range(addr_cls(s), addr_cls(e)))
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    elif isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alt = fmt[:1] == '#'
        rest = fmt[1:] if alt else fmt
        grouping = rest[:1] == '_'
        base = rest[1:] if grouping else rest
        if base not in ('x', 'X', 'b', 'n') or len(base) != 1:
            return super().__format__(fmt)
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alt:
            width += 2
        return format(int(self), '%s0%d%s%s' % ('#' if alt else '', width, '_' if grouping else '', base))

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        net = int(self.network_address)
        brd = int(self.broadcast_address)
        for x in range(net + 1, brd):
            yield self._address_class(x)

    def __iter__(self):
        net = int(self.network_address)
        brd = int(self.broadcast_address)
        for x in range(net, brd + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        net = int(self.network_address)
        brd = int(self.broadcast_address)
        if n >= 0:
            if net + n > brd:
                raise IndexError('address out of range')
            return self._address_class(net + n)
        n += 1
        if brd + n < net:
            raise IndexError('address out of range')
        return self._address_class(brd + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        try:
            return other._ip & self.netmask._ip == self.network_address._ip
        except AttributeError:
            return False

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _address_class(self):
        raise NotImplementedError

    @property
    def prefixlen(self):
        return self._prefixlen

    def _explode_shorthand_ip_string(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s' % (s1, s2, other))
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1
        else:
            raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s' % (s1, s2, other))

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for a, b in ((self.network_address, other.network_address), (self.netmask, other.netmask)):
            if a < b:
                return -1
            if a > b:
                return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for n in range(start, end, step):
            yield self.__class__((n, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d' %
                             (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    def _is_subnet_of(self, a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}") from None

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        consts = self.network_address._constants
        net, brd = self.network_address, self.broadcast_address
        return (any(net in p and brd in p for p in consts._private_networks) and
                all(net not in e and brd not in e for e in consts._private_networks_exceptions))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


def _report_netmask(netmask_str):
    raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        if isinstance(arg, int):
            prefixlen = arg
            if not (0 <= prefixlen <= cls._max_prefixlen):
                _report_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        return IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_prefix_string(cls, s):
        if not (s.isascii() and s.isdigit()):
            _report_netmask(s)
        n = int(s)
        if not (0 <= n <= cls._max_prefixlen):
            _report_netmask(s)
        return n

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zeros(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError("Netmask pattern mixes zeroes & ones")
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, s):
        try:
            ip_int = cls._ip_int_from_string(s)
        except AddressValueError:
            _report_netmask(s)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            _report_netmask(s)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        for o in octets:
            try:
                value = (value << 8) | cls._parse_octet(o)
            except ValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @staticmethod
    def _parse_octet(o):
        if not o:
            raise ValueError("Empty octet not permitted")
        if not (o.isascii() and o.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % o)
        if len(o) > 3:
            raise ValueError("At most 3 characters permitted in %r" % o)
        if o != '0' and o[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % o)
        n = int(o, 10)
        if n > 255:
            raise ValueError("Octet %d (> 255) not permitted" % n)
        return n

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError("%d (< 0) is not permitted as an IPv4 address" % address)
            if address > self._ALL_ONES:
                raise AddressValueError("%d (>= 2**32) is not permitted as an IPv4 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 4:
                raise AddressValueError("%r (len %d != %d) is not permitted as an IPv4 address"
                                        % (address, len(address), 4))
            self._ip = int.from_bytes(address, 'big')
            return
        s = str(address)
        if '/' in s:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(s)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in IPv4Constants._reserved_network

    @property
    def is_private(self):
        return (any(self in net for net in IPv4Constants._private_networks) and
                all(self not in net for net in IPv4Constants._private_networks_exceptions))

    @property
    def is_global(self):
        return self not in IPv4Constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Constants._multicast_network

    @property
    def is_unspecified(self):
        return self == IPv4Constants._unspecified_address

    @property
    def is_loopback(self):
        return self in IPv4Constants._loopback_network

    @property
    def is_link_local(self):
        return self in IPv4Constants._linklocal_network


class IPv4Interface(IPv4Address):
    """An IPv4 address with the network it belongs to."""

    def __init__(self, address):
        addr, mask = _split_addr(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask if mask is not None else self._max_prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        eq = IPv4Address.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = IPv4Address.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: an address and a prefix length."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = _split_addr(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask if mask is not None else self._max_prefixlen)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == (self._max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10') and
                     self.broadcast_address in IPv4Network('100.64.0.0/10')) and
                not self.is_private)


class IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    _private_networks_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = IPv4Constants


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH

    @classmethod
    def _make_netmask(cls, arg):
        if isinstance(arg, int):
            prefixlen = arg
            if not (0 <= prefixlen <= cls._max_prefixlen):
                _report_netmask(prefixlen)
        else:
            prefixlen = cls._prefix_from_prefix_string(arg)
        return IPv6Address(cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)), prefixlen

    _prefix_from_prefix_string = _BaseV4.__dict__['_prefix_from_prefix_string']

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (cls._HEXTET_COUNT, ip_str))
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip = i
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            skipped = cls._HEXTET_COUNT - (hi + lo)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            hi, lo, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(hi):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_hextet(h):
        if not (h.isascii() and all(c in '0123456789abcdefABCDEF' for c in h)) or not h:
            raise ValueError("Only hex digits permitted in %r" % h)
        if len(h) > 4:
            raise ValueError("At most 4 characters permitted in %r" % h)
        return int(h, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = ['%x' % ((ip_int >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]
        # the longest run of two or more zero groups (the first of equal runs) becomes '::'
        best, best_len, cur, cur_len = -1, 0, -1, 0
        for i, g in enumerate(groups):
            if g == '0':
                if cur < 0:
                    cur = i
                cur_len += 1
                if cur_len > best_len:
                    best, best_len = cur, cur_len
            else:
                cur, cur_len = -1, 0
        if best_len > 1:
            left = ':'.join(groups[:best])
            right = ':'.join(groups[best + best_len:])
            return left + '::' + right
        return ':'.join(groups)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_int = int(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_int = self._ip
        else:
            ip_int = self._ip
        text = ':'.join('%04x' % ((ip_int >> (112 - 16 * i)) & 0xFFFF) for i in range(8))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        nibbles = '%032x' % self._ip
        return '.'.join(reversed(nibbles)) + '.ip6.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address (with an optional scope id, '%zone')."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError("%d (< 0) is not permitted as an IPv6 address" % address)
            if address > self._ALL_ONES:
                raise AddressValueError("%d (>= 2**128) is not permitted as an IPv6 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 16:
                raise AddressValueError("%r (len %d != %d) is not permitted as an IPv6 address"
                                        % (address, len(address), 16))
            self._ip = int.from_bytes(address, 'big')
            return
        s = str(address)
        if '/' in s:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        s, sep, scope = s.partition('%')
        if sep:
            if not scope or '%' in scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % address)
            self._scope_id = scope
        self._ip = self._ip_int_from_string(s)

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        eq = _BaseAddress.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in IPv6Constants._multicast_network

    @property
    def is_reserved(self):
        return any(self in x for x in IPv6Constants._reserved_networks)

    @property
    def is_link_local(self):
        return self in IPv6Constants._linklocal_network

    @property
    def is_site_local(self):
        return self in IPv6Constants._sitelocal_network

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return (any(self in net for net in IPv6Constants._private_networks) and
                all(self not in net for net in IPv6Constants._private_networks_exceptions))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    """An IPv6 address with the network it belongs to."""

    def __init__(self, address):
        addr, mask = _split_addr(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask if mask is not None else self._max_prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    def __eq__(self, other):
        eq = IPv6Address.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = IPv6Address.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: an address and a prefix length."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = _split_addr(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask if mask is not None else self._max_prefixlen)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == (self._max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        net = int(self.network_address)
        brd = int(self.broadcast_address)
        for x in range(net + 1, brd + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class IPv6Constants:
    _linklocal_network = IPv6Network('fe80::/10')
    _multicast_network = IPv6Network('ff00::/8')
    _private_networks = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
        '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10')]
    _private_networks_exceptions = [IPv6Network(n) for n in (
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48', '2001:20::/28',
        '2001:30::/28')]
    _reserved_networks = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    _sitelocal_network = IPv6Network('fec0::/10')


IPv6Address._constants = IPv6Constants
