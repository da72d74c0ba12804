for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            r = divmod(*bad) if op == "divmod" else eval(f"{bad[0]!r} {op} {bad[1]!r}")
        except ZeroDivisionError as e:
            print(op, bad, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5, -1), round(1250, -2), round(-1350, -2))
print(type(round(2.5)), type(round(2.5, 0)), round(7, 1), type(round(7, 1)))
print(f"{0.1 + 0.2}", 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e16, 1e15, 123456789012345678.0, 1.5e-5, 0.0001, 1e-4 * 10, 2 ** 0.5)
print(float("inf") - float("inf"), float("-inf"), -float("nan"), 1e308 * 10)
print(int(-3.9), int(3.9), int("-0012"), int("  42  "), int("1_000"), int("ff", 16), int("0b101", 0), int("z", 36))
for s in ["1.5", "", "0x", "1__0", "٣"]:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
print(2 ** -1, (-8) ** (1 / 3), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, -2 ** 2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(7 .bit_length(), (-1).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print((3.75).as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"), (10).as_integer_ratio())
print(3 .conjugate(), (3 + 4j).conjugate(), abs(3 + 4j), (1 + 2j) * (3 - 1j), complex("1+2j") ** 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) < 3, 1 == 1.0 == True, "a" < "b" < "c")
print(True + True, True * 10, -True, ~True, ~5, 5 & 3, 5 | 3, 5 ^ 3, -5 >> 1, -5 << 2, 1 << 100)
print(0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 10 // 4, -10 // 4, 1e300 * 1e300 == float("inf"))
print(sum([0.1] * 10), __import__("math").fsum([0.1] * 10), max(1, 2.0), min(-0.0, 0.0))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(float("inf")))
print(f"{12345.6789:,.2f} {0.000123:.2e} {1e6:g} {1e-5:g} {123456789:g} {0.5:%} {42:08.3f} {-42:+06d} {255:#x} {255:#o} {255:#b}")
print(f"{3.14159:{'>'}{12}.{3}f}|{'x':{'^'}{5}}|{10:{'0'}{5}}")
print(int(1e20), float(10 ** 20), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
