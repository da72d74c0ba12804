import textwrap
import string

rows = [("Widget", 1234, 3.14159, 0.25), ("Gadget-Long-Name", 5, 1234567.891, -0.0314), ("X", -42, 0.0, 1.0)]
print(f"{'Name':<18}|{'Qty':>6}|{'Price':>14}|{'Pct':>8}")
print("-" * 49)
for name, qty, price, pct in rows:
    print(f"{name:<18.18}|{qty:>6d}|{price:>14,.2f}|{pct:>8.1%}")
print(f"{'centered':^20}|", f"{'x':*^9}", f"{42:+d}", f"{42: d}", f"{-42:=8d}", f"{42:#x}", f"{42:#o}", f"{42:#b}", f"{255:X}")
print(f"{3.14159:e}", f"{3.14159:.3E}", f"{1234.5:g}", f"{0.00001234:g}", f"{1e20:g}", f"{12345678.9:,.1f}", f"{1234567:_}")
print(f"{0.5:%}", f"{1/3:.2%}", f"{7:08.3f}", f"{-7.5:010.2f}", f"{'abc'!r:>8}", f"{3+4j}", f"{2.0:.0f}", f"{2.5:.0f}")
w = 10; p = 3
print(f"{3.14159:{w}.{p}f}|", f"{'nest':>{w}}|", f"{{literal}}", f"{rows[0][0]=}", f"{1+1 = }")
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}:{val:.2f}".format(name="pi", val=3.14159))
print("{0[0]} {0[1]}".format(("t0", "t1")), "{d[k]}".format(d={"k": "v"}), "{:>5}|{:<5}|{:^5}|".format(1, 2, 3))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:,}".format(10**9), "{:.3s}".format("abcdef"), format(1234.5, ",.1f"))
print("%s is %d years, %.2f%% done, %5s|%-5s|, %x %o %e %r" % ("Bob", 42, 99.5, "r", "l", 255, 8, 12345.678, "q"))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%+.1f" % 2.25, "%5.1f|" % 3.14159, "%%")
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=30))
for line in textwrap.wrap(text, width=40, initial_indent="* ", subsequent_indent="  "):
    print(repr(line))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount="5.00"), t.safe_substitute(name="Bo"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello   big world"))
print(string.Formatter().format("{0}-{x}", 1, x=2), "abc".center(9, "."), "42".zfill(5), "-42".zfill(5), "ab".ljust(4, "_") + "|")
table = [["id", "name", "score"], [1, "ann", 93.5], [22, "bartholomew", 7.25]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(c).rjust(w) if isinstance(c, (int, float)) else str(c).ljust(w) for c, w in zip(r, widths)))
print("tab\tsep".expandtabs(4), "Title Case Words".swapcase(), "hello world".title(), "ß".upper(), "İ".lower().encode())
print(format(123, "010,"), format(-0.0, ".1f"), format(float("nan"), "f"), format(float("-inf"), "e"), format(1e16, ".0f"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2), f"{1e-7}", str(1e16), repr(1.1e-5), 1/3)
try:
    f"{'x':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
