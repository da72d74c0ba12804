# str.splitlines' direct test of ASCII bytes (session 21) against every line break kind.
seps = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
        "\x1f", "\t", "\x00", "\x7f", "\n\r"]
for s in seps:
    t = "a" + s + "b" + s + s + "\u00e9" + s
    print(repr(s), t.splitlines(), t.splitlines(True), t.splitlines(keepends=1))
print("".splitlines(), "\n".splitlines(), "x".splitlines(True), "\r\n\r\n".splitlines(True))
import io
b = io.StringIO()
for i in range(1000):
    b.write("line %d\n" % i)
L = b.getvalue().splitlines()
print(len(L), L[:3], L[-1])
print("caf\u00e9\nna\u00efve\r\n\u4e00\u2028end".splitlines())
