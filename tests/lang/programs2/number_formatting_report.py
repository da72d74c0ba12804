# Financial-style report exercising float/int formatting: f-strings, format(), %-format, str.format.

data = [
    ("Rent", 1500, -1),
    ("Salary", 5234.567, 1),
    ("Groceries", 612.3049, -1),
    ("Interest", 0.0049, 1),
    ("Car", 12345678.9, -1),
    ("Refund", 1e-7, 1),
    ("Bonus", 2.5, 1),
    ("Tax", 3.5, -1),
]

print(f"{'Item':<12}|{'Amount':>16}|{'Sci':>12}|{'General':>12}|{'Pct':>9}")
print("-" * 65)
total = 0.0
for name, amount, sign in data:
    value = amount * sign
    total += value
    print(f"{name:<12}|{value:>16,.2f}|{value:>12.3e}|{value:>12g}|{value / 10000:>9.2%}")
print("-" * 65)
print(f"{'Total':<12}|{total:>16,.2f}|{total:+12.4E}|{total:12G}|")

print()
for v in [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.5e300, 1e22, 1e21, 12345.678]:
    print(f"repr={v!r:<24} str={str(v):<24} g={v:g} .3g={v:.3g} e={v:e} .1f={v:.1f}")

print()
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2), f"{v:.0f}", "%.1f" % v)

print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(format(1234567, ","), format(1234567, "_"), format(255, "#x"), format(255, "#o"), format(255, "#b"))
print(format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "^9d") + "|", format(42, "*^9") + "|")
print(format(3.14159, "010.3f"), format(-3.14159, "=+12.4f"), format(1e6, ".2e"), format(1234.5, "n"))
print(f"{12345678:,d} {0.000123456:.2e} {1234.5:_.1f} {0xdeadbeef:_X} {1_000_000:e}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':-^10}|{'x'!r:>6}")
width, prec = 12, 3
print(f"[{3.14159265:{width}.{prec}f}] [{'nest':{'>'}{width}}] [{42:{'0'}{width}d}]")

print("%d items cost $%.2f (%5.1f%%)" % (3, 19.999, 45.678))
print("%-10s|%10s|%c|%r|%x|%o|%e|%g" % ("left", "right", 65, "repr", 255, 8, 12345.6789, 0.00001234))
print("%(name)s is %(age)d years old, %(name)s!" % {"name": "Ann", "age": 33})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%+d %+d % d %05.1f %#x %#o" % (5, -5, 5, 2.25, 255, 8))
print("%s %s %s" % (None, True, [1, 2]), "%%", "%5s|%-5s|" % ("ab", "cd"))

print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{name}-{0}".format(7, name="n"))
print("{0[1]} {0[0]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{:>8.3f}|{:<8}|{:^8}|{!r}|{!s}".format(2.71828, "ab", "mid", "q", "q"))
print("{{literal}} {}".format("x"), "{:,}".format(10 ** 12), "{:.3%}".format(0.123456))
point = {"x": 3, "y": -4}
print("({x}, {y})".format(**point), "({x}, {y})".format_map(point))

print(int("ff", 16), int("0o17", 0), int("0b1011", 0), int("  -42  "), int("1_000"), int(3.99), int(-3.99))
print(float("1e3"), float("  -2.5 "), float("inf"), float("-inf"), float("nan") != float("nan"))
print(hex(-255), oct(64), bin(-5), abs(-7.5), divmod(17, -5), divmod(-17, 5), divmod(7.5, 2))
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -7.5 // 2, -7.5 % 2, 2 ** -2, (-8) ** (1 / 3) if False else "skip")
print(10 / 4, 10 // 4, 9 / 3, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 0.1 + 0.2 == 0.3)
print((1.5).as_integer_ratio(), (0.1).hex() if hasattr(0.1, "hex") else "", (10.0).is_integer(), (255).bit_length())
print(pow(2, 100), pow(3, 200, 1000007), pow(2, -1), pow(7, -1, 13), 7 ** 0.5)
print(sum([0.1] * 10), max(1, 2.5), min(-0.0, 0.0), abs(-0), 5 % 0.3)

amounts = [19.99, 5.01, 100.0, 0.5, 33.333]
print("sum:", sum(amounts), "rounded:", round(sum(amounts), 2))
print("sorted desc:", sorted(amounts, reverse=True))
print("as cents:", [int(round(a * 100)) for a in amounts])
col = max(len(f"{a:.2f}") for a in amounts)
for a in amounts:
    print(f"  ${a:>{col}.2f}")
