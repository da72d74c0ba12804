# Every code point's str properties and case mappings (the three-level tables of
# src/kernel/unicode_db.c and their BMP shortcut), summarised per block of 4096 code
# points so that a wrong entry anywhere shows up as a different line. The loops over
# characters run in C (filter / map) so the sweep stays fast.
import sys
from operator import mul

P = 1000000007
PREDICATES = (str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace,
              str.isupper, str.islower, str.istitle, str.isprintable, str.isidentifier,
              str.isalnum)

def weigh(s):
    # position-weighted sum of the code points of s
    return sum(map(mul, map(ord, s), range(1, len(s) + 1))) % P

def xid_continue(c):
    return ("a" + c).isidentifier()

def block_digest(start, end):
    block = "".join(map(chr, range(start, end)))
    h = 0
    for pred in PREDICATES + (xid_continue,):
        h = (h * 31 + weigh("".join(filter(pred, block)))) % P
    # one character at a time: str.upper() etc. of a whole string apply context rules
    for m in (str.upper, str.lower, str.title, str.casefold):
        h = (h * 31 + weigh("".join(map(m, block)))) % P
    return h

# Planes 0-3 and 14 in full, one block of each other plane (unassigned or private use).
step = 4096
starts = list(range(0, 0x32000, step)) + list(range(0xE0000, 0xE2000, step))
starts += [plane << 16 for plane in range(4, 17) if plane != 14]
starts += [0x10F000]
for start in starts:
    print(hex(start), block_digest(start, min(start + step, sys.maxunicode + 1)))
# line breaks (str.splitlines) for every code point below 0x3000
print([hex(cp) for cp in range(0x3000) if len(("a" + chr(cp) + "b").splitlines()) == 2])
# Final sigma and digits on longer strings
print("ΑΣ ΟΔΟΣ".lower(), "ß".upper(), "ǅ".lower(), "ǅ".upper(), "ﬃ".title())
print(int("١٢٣"), int("𝟗𝟖"), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal())
print("\U0001D400".isupper(), "\U0001E922".upper() == "\U0001E900", "\U00010428".upper())
