# Float <-> text fast paths (float_format.c shortest_fast / repr_fast, float.c
# parse_simple) and the exact kernel/dtoa fallbacks next to them: every value below must
# print and read back exactly as CPython 3.11 does.
import json, random, struct

def show(x):
    print(repr(x), str(x), f"{x}", "{}".format(x), format(x, ""), "%r" % x, json.dumps(x))

# fixed notation, fast digits
for x in [0.1, 0.5, 1.5, 2.675, 48.8501, 48.85 + 3 / 1e4, 1.25 * 2999, 123.0, 1200.0,
          0.001, 0.0001, 0.00012345, 999999999999999.9, 1e15, 1234567890123456.0,
          9007199254740992.0 / 2, 0.3 * 3, 1 / 3, 2 / 3, 100.0 / 7, -0.1, -48.85, -1e15]:
    show(x)
# exponent notation, huge/tiny, subnormal, powers of two, 17 digits: fallbacks
for x in [1e16, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          0.00001, 1.5e-05, 9.999999999999999e-05, 2.0 ** 60, 2.0 ** -30, 2.0 ** 53,
          2.0 ** 53 + 2, 0.30000000000000004, 1.0000000000000002, 1e-7, 123456789.12345679,
          -0.0, 0.0, float("inf"), float("-inf"), float("nan")]:
    show(x)
print(repr(complex(0.1, -48.85)), repr(1e16j), repr(complex(2.5, 1e-5)))

# a deterministic sweep: repr, then read back
random.seed(4)
acc = []
for i in range(3000):
    x = random.random() * 10 ** random.randint(-8, 17)
    y = round(random.uniform(-1000, 1000), random.randint(0, 7))
    z = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    for v in (x, y, z, i / 7, i * 0.01, 2.0 ** random.randint(-40, 60)):
        r = repr(v)
        acc.append(r)
        assert v != v or float(r) == v, r
print(len(acc), acc[:20], acc[-20:])
print(sum(len(r) for r in acc), hash(tuple(acc)) == hash(tuple(acc)))

# parsing: simple decimal text (fast) and everything that needs the general path
texts = ["0", "-0", "+0.0", "0e99999", "-0e-5", ".5", "5.", "-.5e1", "1e22", "1e-22", "1e23",
         "1.5e-23", "9007199254740992", "9007199254740993", "9007199254740995", "1e0",
         "12345678901234567", "1234567890123456789", "12345678901234567890", "0.1e1",
         "00000000000000000000000001.5", "1.50000000000000000000000", "4.9e-324", "2e-324",
         "1.7976931348623157e308", "1.8e308", "3.14", "-2.5E+3", "6.02214076e23",
         " 1.5 ", "\t-3.25\n", "1_000.5", "١٢.٥", "inf", "-Infinity", "nan", "1e", "e1",
         ".", "-", "+", "1.5e+", "1..5", "1.5.", "0x10", "1e5.5", "", " "]
for t in texts:
    try:
        v = float(t)
        print(repr(t), repr(v), v.hex() if v == v and v not in (float("inf"), float("-inf")) else "")
    except ValueError as e:
        print(repr(t), "ValueError:", e)
for t in [b"2.5", b" -1e3 ", bytearray(b"0.125"), b"1_0", b"x"]:
    try:
        print(t, float(t))
    except ValueError as e:
        print(t, "ValueError:", e)

class S(str):
    pass
print(float(S("48.8501")), float(S(" 7e-3 ")))
print(json.loads("[0.1, -48.8501, 1e22, 1E-400, 123456789012345678901234567890.5, 5e-324, -0.0, 1.5e+3]"))
print(json.loads(json.dumps([i / 7 for i in range(50)])) == [i / 7 for i in range(50)])
