# Every code point's unicodedata properties, decomposition and canonical composition (the
# compressed three-level tables and UTF-16 decomposition data of
# src/kernel/unicode_ucd_db.c), summarised per block of 4096 code points so that a wrong
# entry shows up as a line. The loops over characters run in C (map).
import sys
import unicodedata as u
from itertools import repeat
from operator import mul

P = 1000000007

def weigh(s):
    # position-weighted sum of the code points of s
    return sum(map(mul, map(ord, s), range(1, len(s) + 1))) % P

def weigh_ints(v):
    return sum(map(mul, v, range(1, len(v) + 1))) % P

def block_digest(start, end):
    block = "".join(map(chr, range(start, end)))
    h = 0
    for f in (u.category, u.bidirectional, u.east_asian_width, u.decomposition):
        h = (h * 31 + weigh("|".join(map(f, block)))) % P
    for f in (u.combining, u.mirrored):
        h = (h * 31 + weigh_ints(list(map(f, block)))) % P
    for f in (u.numeric, u.digit, u.decimal):
        h = (h * 31 + weigh("|".join(map(repr, map(f, block, repeat(-1)))))) % P
    # composition: NFC of the canonical decomposition gives the composites back
    for form in ("NFD", "NFKD"):
        d = u.normalize(form, block)
        h = (h * 31 + weigh(d)) % P
        h = (h * 31 + weigh(u.normalize("NFC", d))) % P
    return h

# Planes 0-3 and 14 in full, one block of each other plane (unassigned or private use).
step = 4096
starts = list(range(0, 0x32000, step)) + list(range(0xE0000, 0xE2000, step))
starts += [plane << 16 for plane in range(4, 17) if plane != 14]
starts += [0x10F000]
for start in starts:
    print(hex(start), block_digest(start, min(start + step, sys.maxunicode + 1)))
# astral decompositions and compositions (surrogate pairs in the tables)
for cp in (0x1D400, 0x1D7FF, 0x2F800, 0x2FA1D, 0x1109A, 0x1D15E, 0x1E030, 0x10781):
    print(hex(cp), u.decomposition(chr(cp)), ascii(u.normalize("NFC", u.normalize("NFD", chr(cp)))))
print(ascii(u.normalize("NFC", "\U00011099\U000110BA")), ascii(u.normalize("NFC", "e\u0301\u0323")))
print(u.decomposition("\uFDFA"), len(u.decomposition("\uFDFA").split()))
print(ascii(u.normalize("NFKD", "\uFDFA")))
print(u.numeric("\U00010E7E"), u.numeric("\u2189"), u.numeric("\U0001F10C"), u.numeric("\u5146"))
