# repr() and float() of 16- and 17-digit values (computed floats such as 0.1 + 0.2), which
# take the exact 128-bit integer path, including exact ties between two doubles, the
# narrower gap below a power of two, and the edges of the range that path covers.
from fractions import Fraction

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 11) % n

computed = [0.1 + 0.2, 48.85 + 0.0001, 1 / 3, 2 / 3, 1e16 / 3, 9.999999999999999,
            99.99999999999999, 12345.678901234567, 2.0 ** 52 + 0.5, 2.0 ** 53 - 1,
            2.0 ** -9, 2.0 ** -17, 1.5e-5, 1.4e-5, 0.002, 0.0019, 4503599627370495.5]
for i in range(300):
    computed.append(48.85 + i / 1e4)
    computed.append((rnd(2 ** 53) + 1) * 2.0 ** -(rnd(70)))
    computed.append(rnd(10 ** 6) / 7 * 10.0 ** (rnd(20) - 8))
bad = [v for v in computed if float(repr(v)) != v]
print("round trip failures", bad)
for v in computed[:17] + computed[17::37]:
    print(repr(v), repr(-v), str(v), f"{v!r:>25}")

texts = ["48.850100000000005", "0.30000000000000004", "0.1000000000000000055511151231257827",
         "4503599627370496.5", "4503599627370497.5", "9007199254740991.5",
         "0.0020000000000000001", "0.0019999999999999999", "123456789012345678.9",
         "1.00000000000000011102230246251565404", "1.0000000000000001110223024625156540",
         "1.0000000000000002220446049250313", "0.99999999999999994448884876874217298"]
# exact midpoints between neighbouring doubles, short enough to take the fast path
for i in range(200):
    j = 1 + rnd(5)
    m = 2 ** 52 if i % 10 == 0 else 2 ** 52 + rnd(2 ** 52)
    for d in (1, -1):
        mid = Fraction(2 * m + d, 2 ** (j + 1))
        s = "%d" % (mid.numerator * 10 ** 8 // mid.denominator)
        texts.append((s[:-8] + "." + s[-8:]).rstrip("0"))
for t in texts[:13] + texts[13::23]:
    print(t, repr(float(t)), repr(float("-" + t)), float(t).hex())
print(sum(float(t) == float(Fraction(t)) for t in texts), len(texts))
