# ipaddress: mutated address/network strings through every constructor (results and messages).
import ipaddress as ip, random
r = random.Random(8)
alpha = '0123456789abcdefABCDEF:./%x -'
seeds = ['192.168.0.1', '10.0.0.0/8', '::1', '2001:db8::/32', 'fe80::1%eth0', '1.2.3.4/255.255.0.0', '::ffff:1.2.3.4', '0.0.0.0/0', '1:2:3:4:5:6:7:8']
for k in range(150):
    s = list(r.choice(seeds))
    for _ in range(r.randint(1, 3)):
        i = r.randrange(len(s) + 1)
        op = r.random()
        if op < 0.4 and s:
            del s[min(i, len(s) - 1)]
        elif op < 0.8:
            s.insert(i, r.choice(alpha))
        else:
            s[min(i, len(s) - 1):] = []
    s = ''.join(s)
    res = []
    for f in (ip.ip_address, ip.ip_network, ip.ip_interface, ip.IPv4Address, ip.IPv6Address, ip.IPv4Network, ip.IPv6Network, ip.IPv4Interface, ip.IPv6Interface):
        try:
            res.append(str(f(s)))
        except Exception as e:
            res.append(type(e).__name__ + ':' + str(e))
    print(repr(s), res)
