# %-formatting of ints (session 21: small ints format their digits in place).
vals = [0, 1, -1, 7, -7, 42, 255, -255, 4095, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
        2**63, -2**63, 2**64 + 5, -(2**100), True, False]
fmts = ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d",
        "% d", "%.3d", "%8.3x", "%-#8o|", "%+05x", "%c" ]
for v in vals:
    out = []
    for f in fmts:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
class I(int): pass
print("%d %x" % (I(-12), I(255)), "line %d\n" % 12345, b"%d|%x" % (-3, 2**70))
print("%s %d %r" % ("a", 3.99, -0.0), "%d" % -0.5, "%x" % 2**62)
