# IGNORECASE on str patterns: literals, sets, negated sets and ranges must accept exactly
# the case variants CPython accepts (simple case folding plus its equivalences).
import re
out = []
for c in list(range(0, 0x600)) + [0x1e9e, 0x2126, 0x212a, 0x212b, 0x1fbe, 0x1c80, 0x1c88, 0xab70, 0x13a0, 0x10400, 0xff21]:
    ch = chr(c)
    cands = set()
    for f in (str.upper, str.lower, str.swapcase, str.title, str.casefold):
        t = f(ch)
        if len(t) == 1 and t != ch:
            cands.add(t)
    if not cands:
        continue
    p1 = re.compile(re.escape(ch), re.I)
    p2 = re.compile('[' + re.escape(ch) + ']', re.I)
    p3 = re.compile('[^' + re.escape(ch) + ']', re.I)
    p4 = re.compile('[' + re.escape(ch) + '-' + re.escape(ch) + ']', re.I)
    for d in sorted(cands):
        a = p1.fullmatch(d) is not None
        b = p2.fullmatch(d) is not None
        out.append('%x %x %d%d%d%d' % (c, ord(d), a, b, p3.fullmatch(d) is not None, p4.fullmatch(d) is not None))
print(len(out))
print('\n'.join(out))
