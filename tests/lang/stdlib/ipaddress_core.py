# ipaddress: parsing and its errors, networks/interfaces, arithmetic, ordering, formatting,
# subnets/supernet/exclude/collapse/summarize, pickling.
import ipaddress as ip
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1.2.3.4', '1.2.3', '1.2.3.256', '01.2.3.4', '1.2.3.4.5', '', 'x', '::1', '2001:db8::1', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.4', 'fe80::1%eth0', ':::', '1::2::3',
          '12345::', 'g::', 3232235777, -1, 2**32, 2**128, b'\x01\x02\x03\x04', b'\x00' * 16, b'\x01', '1.2.3.04', ' 1.2.3.4', '0x1.2.3.4', '1.2.3.-4', '1..3.4', '0:0:0:0:0:0:0:0',
          '1:0:0:2:0:0:0:3', '1:0:0:0:2:0:0:3', '0:1:0:1:0:1:0:1', 'FFFF::', '::1:0:0:0', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8', 1.5, None]:
    show(ip.ip_address, s)
for s in ['1.2.3.0/24', '1.2.3.4/24', '1.2.3.4/33', '1.2.3.0/255.255.255.0', '1.2.3.0/0.0.0.255', '1.2.3.0/255.0.255.0', '10.0.0.0/8', '2001:db8::/32', '2001:db8::1/32', '::/0',
          '1.2.3.4/x', '1.2.3.4/24/1', '1.2.3.4/', ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), 167772160, '0.0.0.0/0', '192.168.1.1/32', '::1/128', 'fe80::/10', '1.2.3.4/ 24']:
    show(ip.ip_network, s)
show(ip.ip_network, '1.2.3.4/24', strict=False); show(ip.ip_network, '2001:db8::1/32', False)
for cls in (ip.IPv4Address, ip.IPv4Network, ip.IPv4Interface):
    for s in ['1.2.3', '1.2.3.256', '01.2.3.4', '', 'x', '1.2.3.04', '0x1.2.3.4', '1..3.4', '1.2.3.4/24', '1234.1.1.1', '1.2.3.4\n', 3.5, '1.2.3.4/33', '1.2.3.0/255.0.255.0', '1.2.3.0/x', '1.2.3.0/-1', -5, 2**40, b'abc', '1.2.3.4/24/5']:
        print(cls.__name__, repr(s), end=' ')
        show(cls, s)
for cls in (ip.IPv6Address, ip.IPv6Network, ip.IPv6Interface):
    for s in ['1:2:3:4:5:6:7:8:9', ':::', '1::2::3', '12345::', 'g::', '::1/129', '1:2:3:4:5:6:7', ':1::', '1::2:', 'fe80::1%', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '::/ffff::', '1:2', '1:2:3:4:5:6:7:8:9:10', '::1/64', '2001:db8::/48', 'fe80::1%1/64']:
        print(cls.__name__, repr(s), end=' ')
        show(cls, s)
addrs = ['0.0.0.0', '10.1.2.3', '127.0.0.1', '169.254.1.1', '172.16.5.4', '172.32.0.1', '192.0.0.9', '192.0.0.170', '192.0.2.1', '192.168.0.1', '100.64.0.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '8.8.8.8',
         '::', '::1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '100::1', '2001:db8::1', '2001::1', '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fc00::1', 'fe80::1', 'fec0::1', 'ff02::1', '2606:4700::1111', '64:ff9b::1']
for a in addrs:
    x = ip.ip_address(a)
    props = [p for p in ('is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_reserved', 'is_link_local', 'is_unspecified', 'is_site_local') if getattr(x, p, False)]
    extra = (x.ipv4_mapped, x.teredo, x.sixtofour) if x.version == 6 else ()
    print(a, x.version, x.compressed, x.exploded, x.reverse_pointer, x.packed.hex(), int(x), props, extra)
n = ip.ip_network('192.168.0.0/28')
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[5], n.num_addresses, list(n.subnets())[:2], list(n.subnets(new_prefix=30)), n.supernet(), n.supernet(new_prefix=20))
show(n.__getitem__, 16); show(n.__getitem__, -17); show(lambda: list(n.subnets(new_prefix=27))); show(lambda: list(n.subnets(prefixlen_diff=5))); show(n.supernet, new_prefix=29); show(n.supernet, 30)
print(ip.ip_address('192.168.0.5') in n, ip.ip_address('192.168.0.16') in n, n in n, n.overlaps(ip.ip_network('192.168.0.8/29')), n.subnet_of(ip.ip_network('192.168.0.0/24')), n.supernet_of(ip.ip_network('192.168.0.4/30')))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.64/26'))))
show(lambda: list(n.address_exclude(ip.ip_network('10.0.0.0/30'))))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.1/32').hosts()), list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()))
print(list(ip.summarize_address_range(ip.ip_address('10.0.0.1'), ip.ip_address('10.0.0.20'))))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25'), ip.ip_network('10.0.1.0/24'), ip.ip_address('10.0.2.0'), ip.ip_network('10.0.0.0/26')])))
show(lambda: list(ip.collapse_addresses([ip.ip_network('10.0.0.0/24'), ip.ip_network('::/64')])))
show(lambda: list(ip.summarize_address_range(ip.ip_address('10.0.0.5'), ip.ip_address('10.0.0.1'))))
show(lambda: list(ip.summarize_address_range(ip.ip_network('10.0.0.0/24'), ip.ip_address('10.0.0.1'))))
show(lambda: ip.ip_address('1.2.3.4') < ip.ip_address('::1'))
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.0.1'), ip.ip_address('10.0.0.1')]), sorted([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8')]))
print(sorted([ip.ip_address('::1'), ip.ip_address('1.2.3.4'), ip.ip_network('1.0.0.0/8')], key=ip.get_mixed_type_key))
a = ip.ip_address('10.0.0.255')
print(a + 1, a - 255, ip.ip_address('::1') + 1, hash(a) == hash(ip.ip_address('10.0.0.255')), a == ip.ip_interface('10.0.0.255/32'), a == '10.0.0.255', {a: 1}[ip.ip_address(167772415)])
show(lambda: ip.ip_address('255.255.255.255') + 1); show(lambda: a + 'x')
for f in ['', 's', '>20', 'b', '#b', '_b', 'x', '#x', '_X', 'n', '#_x', 'd', '08s']:
    show(format, ip.ip_address('1.2.3.4'), f); show(format, ip.ip_address('2001:db8::1'), f)
i = ip.ip_interface('192.168.1.10/24')
print(i, repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.version, i == ip.ip_interface('192.168.1.10/24'), i < ip.ip_interface('192.168.1.11/24'))
j = ip.ip_interface('2001:db8::5/64'); print(j, j.ip, j.network, j.exploded, j.compressed, ip.ip_network('2001:db8::/64').exploded)
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)); show(ip.v4_int_to_packed, 2**32); show(ip.v6_int_to_packed, -1)
n6 = ip.ip_network('2001:db8::/64'); print(n6.hostmask, n6.broadcast_address, n6[1], n6.with_netmask, n6.is_private, n6.is_global, n6.prefixlen, ip.ip_network('fe80::/64').is_link_local)
print(ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('224.0.0.0/4').is_multicast, ip.ip_network('0.0.0.0/32').is_unspecified)
import pickle, copy
print(pickle.loads(pickle.dumps(ip.ip_address('1.2.3.4'))), pickle.loads(pickle.dumps(n)), copy.deepcopy(i), pickle.loads(pickle.dumps(ip.ip_address('fe80::1%eth0'))))
print(ip.ip_address('fe80::1%eth0').scope_id, ip.ip_address('fe80::1%eth0') == ip.ip_address('fe80::1'), ip.IPv4Network('1.2.3.0/24').compare_networks(ip.IPv4Network('1.2.4.0/24')))
