# ipaddress: is_private/is_global/... over the special-purpose registries, and compression
# round trips of random IPv6 addresses.
import ipaddress as ip, random
r = random.Random(3)
specials = ['64:ff9b::', '64:ff9b:1::', '100::', '2001::', '2001:1::', '2001:2::', '2001:3::', '2001:4:112::', '2001:10::', '2001:20::', '2001:db8::', '2002::', '2620:4f:8000::', 'fc00::', 'fe80::', 'fec0::', 'ff00::', '::ffff:0:0', '::', '5f00::', '3fff::']
out = []
for base in specials:
    b = int(ip.IPv6Address(base))
    for k in (0, 1, 2**16, 2**64, 2**80):
        a = ip.IPv6Address(min(b + k, 2**128 - 1))
        out.append((str(a), a.is_private, a.is_global, a.is_reserved, a.is_multicast, a.is_link_local, a.is_site_local))
for v in ['0.0.0.0', '0.255.255.255', '9.255.255.255', '100.63.255.255', '100.64.0.0', '100.127.255.255', '127.255.255.255', '128.0.0.0', '169.254.255.255', '172.15.255.255', '172.31.255.255', '192.0.0.7', '192.0.0.8', '192.0.0.171', '192.0.2.255', '192.31.196.1', '192.52.193.1', '192.88.99.1', '192.175.48.1', '198.17.255.255', '198.19.255.255', '198.51.100.5', '203.0.113.9', '223.255.255.255', '239.255.255.255', '248.0.0.0']:
    a = ip.IPv4Address(v)
    out.append((v, a.is_private, a.is_global, a.is_reserved, a.is_multicast, a.is_link_local, a.is_loopback))
for n in ['10.0.0.0/7', '100.64.0.0/11', '192.0.0.0/24', '2001::/16', 'fc00::/6', '::ffff:0:0/96', '224.0.0.0/3']:
    x = ip.ip_network(n, strict=False)
    out.append((str(x), x.is_private, x.is_global, x.is_reserved, x.is_multicast))
for o in out:
    print(*o)
for _ in range(300):
    a = ip.IPv6Address(r.getrandbits(128) & r.choice([2**128 - 1, (2**128 - 1) ^ (2**64 - 1), 0xffff << 100 | 0xffff, 2**32 - 1]))
    s = str(a)
    assert ip.IPv6Address(s) == a and ip.IPv6Address(a.exploded) == a
    print(s, end=' ')
print()
