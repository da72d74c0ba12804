# Generates tests/kernel/dtoa_vectors.h with CPython 3.11:
#   /usr/bin/python3.11 tests/kernel/gen_dtoa_vectors.py > tests/kernel/dtoa_vectors.h
import random, struct
from decimal import Decimal
random.seed(7)
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def fromb(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
def dd(s):
    # digits and decpt (value = 0.D * 10**decpt) of a decimal string
    t = Decimal(s).as_tuple()
    digs = ''.join(map(str, t.digits)).lstrip('0')
    if not digs: return '', 0
    n0 = len(''.join(map(str, t.digits)))
    lead = n0 - len(digs)
    decpt = n0 + t.exponent - lead
    digs = digs.rstrip('0') or '0'
    return digs, decpt
vals = [0.1, 0.2, 0.3, 1.0, 1.5, 1e16, 1e-5, 123456789012345678.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 9007199254740993.0, 0.1+0.2, 2.0**-1074*3, 1/3, 2/3, 100.0, 1e300*1e8 if False else 1e308]
vals += [2.0**k for k in range(-1074, 1024, 37)]
vals += [fromb(random.getrandbits(63)) for _ in range(400)]
vals += [random.random() for _ in range(100)]
vals = [v for v in vals if v == v and abs(v) != float('inf')]
print('typedef struct { uint64_t bits; const char *digits; int decpt; } ShortCase;')
print('static const ShortCase SHORT[] = {')
for v in vals:
    d, p = dd(repr(v))
    if v == 0: d, p = '0', 1
    print('    {0x%016xull, "%s", %d},' % (bits(v), d, p))
print('};')
print('typedef struct { uint64_t bits; char mode; int nd; const char *digits; int decpt; } DigCase;')
print('static const DigCase DIGITS_CASES[] = {')
random.seed(8)
for v in vals[:60] + [0.5, 1.5, 2.5, 0.125, 0.375, 1e-300, 123.456, 0.0]:
    for n in [1, 2, 3, 6, 12, 17, 20, 40]:
        d, p = dd('%.*e' % (n - 1, v))
        if v == 0: d, p = '0', 1
        print('    {0x%016xull, \'e\', %d, "%s", %d},' % (bits(v), n, d, p))
    for n in [0, 1, 2, 5, 10, 20, 330]:
        d, p = dd('%.*f' % (n, v))
        print('    {0x%016xull, \'f\', %d, "%s", %d},' % (bits(v), n, d, p))
print('};')
print('typedef struct { const char *text; uint64_t bits; } ParseCase;')
print('static const ParseCase PARSE[] = {')
for s in ['0', '1', '-1', '0.1', '1e23', '8.98846567431158e307', '1e400', '-1e400', '1e-400', '2.4703282292062328e-324',
          '2.4703282292062327e-324', '2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324',
          '9007199254740993', '9007199254740993.00000000000000000001', '.5', '5.', '+.5e+3', '1E5', '0.000001e6',
          '123456789012345678901234567890e-10', '1' * 400, '0.' + '0' * 350 + '1']:
    print('    {"%s", 0x%016xull},' % (s, bits(float(s))))
# exact halfway points between neighbouring doubles (ties to even), and just above/below,
# with hundreds of digits (past the 800-digit cut when the sticky digit decides)
import math
random.seed(9)
hv = [fromb(random.getrandbits(63)) for _ in range(12)] + [5e-324, 2.2250738585072014e-308, 1.0, 2.0**-1022, 9007199254740992.0]
for x in hv:
    if x != x or math.isinf(x) or math.isinf(math.nextafter(x, math.inf)): continue
    y = math.nextafter(x, math.inf)
    h = (Decimal(x) + Decimal(y)) / 2
    from decimal import getcontext
    getcontext().prec = 2000
    h = (Decimal(x) + Decimal(y)) / 2
    hs = format(h, 'f') if abs(h) > Decimal('1e-30') and abs(h) < Decimal('1e30') else format(h, 'e')
    for t in [hs, hs + '0' * 900 + '1', hs.replace('e', '0001e') if 'e' in hs else hs + '0001']:
        if len(t) > 2500: t = t[:2500]
        print('    {"%s", 0x%016xull},' % (t, bits(float(t))))
print('};')
