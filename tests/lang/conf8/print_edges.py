import sys, io
print()
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=", ", end=".\n")
print(*[1, 2, 3], sep="\n")
print("x", end="")
print("y")
print(*"abc", sep="-", end="!\n")
print("to stderr", file=sys.stderr)
print("none file", file=None)
buf = io.StringIO()
print("into", "buf", file=buf, sep="_")
print(repr(buf.getvalue()))
for kw in ({"sep": 5}, {"end": 1}, {"file": 3}, {"flush": "yes"}, {"bogus": 1}):
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("flush", flush=True)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], (S(),), {1: S()}, {S()} if False else None)
class BadStr:
    def __str__(self): return 5
try:
    print(BadStr())
except TypeError as e:
    print(e)
print(1.0, 1e100, -0.0, 1/3, 2.5e-10, 100000000000000000.0, float("nan"), True, None, b"b", bytearray(b"ba"))
print("tab\there", "nl\\n", 'quote"s', "uni\u00e9", "\x00".encode())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x7f\x80\u200b"))
w = sys.stdout.write("written\n")
print(w)
sys.stdout.writelines(["l1\n", "l2\n"])
print(end="")
print("", end="\n")
print(sep="x")
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"))
print(f"{'nested'!r:>12}|{3.0!s:^6}|{'é'!a}")
