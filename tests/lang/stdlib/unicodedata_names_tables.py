# Every character name and numeric value of the (compressed, lazily decompressed) tables:
# names round-trip through lookup, \N{...} escapes compile, numeric values agree.
import unicodedata

named = 0
roundtrip = 0
total_len = 0
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    named += 1
    total_len += len(n)
    if cp % 29 == 0 and unicodedata.lookup(n) == chr(cp):
        roundtrip += 1
print(named, roundtrip, total_len)
for cp in (0x20, 0x41, 0x3A3, 0x5D0, 0x2603, 0x1F600, 0xE0100, 0x10FFFD, 0xF0000, 0x1D400, 0xFFFD):
    print(hex(cp), unicodedata.name(chr(cp), "-"))
print(unicodedata.lookup("latin capital letter a with grave"), unicodedata.lookup("Snowman"))
for bad in ("LATIN CAPITAL LETTER", "SNOWMAN ", "NO SUCH CHARACTER NAME", ""):
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print(type(e).__name__, e)
print(eval('"\\N{BLACK STAR}\\N{greek small letter beta}"'))
try:
    eval('"\\N{NOT A REAL NAME}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
count = 0
total = 0.0
for cp in range(0x110000):
    v = unicodedata.numeric(chr(cp), None)
    if v is not None:
        count += 1
        total += v
print(count, total)
for c in "5\u00bd\u2155\u216b\u4e07\U00016b61\u0f33\U0001d7ce":
    print(hex(ord(c)), unicodedata.numeric(c), unicodedata.decimal(c, None), unicodedata.digit(c, None))
