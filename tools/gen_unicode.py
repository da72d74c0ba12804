#!/usr/bin/python3.11
"""Generates src/kernel/unicode_db.h and src/kernel/unicode_db.c: the Unicode character
properties and case mappings str methods need, for every code point (all planes).

Run with CPython 3.11 (the oracle): /usr/bin/python3.11 tools/gen_unicode.py
The properties are taken from CPython's own str methods applied to single characters, so
safepy's str.isalpha()/upper()/... agree with CPython's exactly (Unicode 14.0.0).

Layout: a three-level table. index0[cp >> (SHIFT1 + SHIFT2)] names a block of 2**SHIFT1
entries in index1; an index1 entry names a block of 2**SHIFT2 entries in index2; index2
gives the number of a record in `records`. Identical blocks and records are shared; the
shifts are those giving the smallest tables (split3, also used by gen_unicode_ucd.py).
The BMP, where almost all text is, takes a shortcut: bmp[cp >> SHIFT2] is the index2 block
of cp < 0x10000 directly (index1 flattened), so its lookups cost two loads, as a two-level
table's would; the shifts minimise the size of all four tables together. A record's case mapping is a delta (mapped = cp + delta) unless its EXT flag is
set, in which case the field holds (offset << 8) | length into `ext` (full mappings of
two or three code points, such as 'ß'.upper() == 'SS').
"""
import os
import sys
import unicodedata

MAXCP = 0x110000

F_ALPHA = 1 << 0
F_DECIMAL = 1 << 1
F_DIGIT = 1 << 2
F_NUMERIC = 1 << 3
F_SPACE = 1 << 4
F_UPPER = 1 << 5
F_LOWER = 1 << 6
F_TITLE = 1 << 7
F_PRINTABLE = 1 << 8
F_CASED = 1 << 9
F_CASE_IGNORABLE = 1 << 10
F_XID_START = 1 << 11
F_XID_CONTINUE = 1 << 12
F_LINEBREAK = 1 << 13
F_EXT_UPPER = 1 << 14
F_EXT_LOWER = 1 << 15
F_EXT_TITLE = 1 << 16
F_EXT_FOLD = 1 << 17

FLAG_NAMES = [
    ("ALPHA", F_ALPHA), ("DECIMAL", F_DECIMAL), ("DIGIT", F_DIGIT), ("NUMERIC", F_NUMERIC),
    ("SPACE", F_SPACE), ("UPPER", F_UPPER), ("LOWER", F_LOWER), ("TITLE", F_TITLE),
    ("PRINTABLE", F_PRINTABLE), ("CASED", F_CASED), ("CASE_IGNORABLE", F_CASE_IGNORABLE),
    ("XID_START", F_XID_START), ("XID_CONTINUE", F_XID_CONTINUE),
    ("LINEBREAK", F_LINEBREAK), ("EXT_UPPER", F_EXT_UPPER), ("EXT_LOWER", F_EXT_LOWER),
    ("EXT_TITLE", F_EXT_TITLE), ("EXT_FOLD", F_EXT_FOLD),
]


def properties():
    ext = []          # flattened multi-code-point mappings
    ext_index = {}    # tuple of code points -> field value
    records = {}      # record tuple -> number
    rec_list = []
    per_cp = []

    def mapping(cp, text, flag):
        cps = tuple(ord(ch) for ch in text)
        if len(cps) == 1:
            return 0, cps[0] - cp
        assert 2 <= len(cps) <= 3, (cp, text)
        if cps not in ext_index:
            ext_index[cps] = (len(ext) << 8) | len(cps)
            ext.extend(cps)
        return flag, ext_index[cps]

    zero = (0, 0, 0, 0, 0, 0)
    records[zero] = 0
    rec_list.append(zero)
    for cp in range(MAXCP):
        s = chr(cp)
        flags = 0
        if s.isalpha(): flags |= F_ALPHA
        if s.isdecimal(): flags |= F_DECIMAL
        if s.isdigit(): flags |= F_DIGIT
        if s.isnumeric(): flags |= F_NUMERIC
        if s.isspace(): flags |= F_SPACE
        up = s.isupper()
        low = s.islower()
        title = s.istitle() and not up
        if up: flags |= F_UPPER
        if low: flags |= F_LOWER
        if title: flags |= F_TITLE
        if s.isprintable(): flags |= F_PRINTABLE
        cased = up or low or title
        if cased: flags |= F_CASED
        # Case_Ignorable is not exposed by Python; read it off the Final_Sigma rule that
        # str.lower() applies (a sigma is final when the nearest non-case-ignorable
        # character before it is cased and the nearest one after it is not).
        if cased:
            ignorable = ("A\u03a3" + s).lower()[1] == "\u03c2"
        else:
            ignorable = ("A" + s + "\u03a3").lower().endswith("\u03c2")
        if ignorable: flags |= F_CASE_IGNORABLE
        if s.isidentifier(): flags |= F_XID_START
        if ("a" + s).isidentifier(): flags |= F_XID_CONTINUE
        if len(("a" + s + "b").splitlines()) == 2: flags |= F_LINEBREAK
        value = 0
        if s.isdigit():
            value = unicodedata.digit(s)
            if s.isdecimal():
                assert unicodedata.decimal(s) == value
        f, upper = mapping(cp, s.upper(), F_EXT_UPPER); flags |= f
        f, lower = mapping(cp, s.lower(), F_EXT_LOWER); flags |= f
        f, tit = mapping(cp, s.title(), F_EXT_TITLE); flags |= f
        f, fold = mapping(cp, s.casefold(), F_EXT_FOLD); flags |= f
        rec = (flags, value, upper, lower, tit, fold)
        n = records.get(rec)
        if n is None:
            n = records[rec] = len(rec_list)
            rec_list.append(rec)
        per_cp.append(n)
    return per_cp, rec_list, ext


def split_tables(per_cp, shift):
    size = 1 << shift
    blocks = {}
    index1 = []
    index2 = []
    for start in range(0, len(per_cp), size):
        blk = tuple(per_cp[start:start + size])
        b = blocks.get(blk)
        if b is None:
            b = blocks[blk] = len(blocks)
            index2.extend(blk)
        index1.append(b)
    return index1, index2


def split3(per_cp):
    """The smallest three-level split of per_cp: (bytes, shift1, shift2, index0, index1,
    index2) with index0[cp >> (shift1 + shift2)] -> block of index1,
    index1[(block << shift1) | ((cp >> shift2) & mask1)] -> block of index2,
    index2[(block << shift2) | (cp & mask2)] -> value."""
    return split3_bmp(per_cp, False)


def split3_bmp(per_cp, with_bmp):
    """split3, plus (when with_bmp) the cost and the table of the BMP shortcut:
    (bytes, shift1, shift2, index0, index1, index2, bmp)."""
    best = None
    for shift2 in range(2, 9):
        mid, index2 = split_tables(per_cp, shift2)
        bmp = mid[:0x10000 >> shift2] if with_bmp else []
        for shift1 in range(2, 9):
            index0, index1 = split_tables(mid, shift1)
            cost = sum(len(t) * ctype(t)[1] for t in (index0, index1, index2))
            if with_bmp:
                cost += len(bmp) * ctype(bmp)[1]
            if best is None or cost < best[0]:
                best = (cost, shift1, shift2, index0, index1, index2, bmp)
    return best if with_bmp else best[:6]


def ctype(values):
    m = max(values)
    if m < 256: return "uint8_t", 1
    if m < 65536: return "uint16_t", 2
    return "uint32_t", 4


def emit_array(out, decl, values, per_line=20):
    out.append("%s = {" % decl)
    for i in range(0, len(values), per_line):
        out.append("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    per_cp, records, ext = properties()
    cost, shift1, shift2, index0, index1, index2, bmp = split3_bmp(per_cp, True)
    tb, _ = ctype(bmp)
    t0, _ = ctype(index0)
    t1, _ = ctype(index1)
    t2, _ = ctype(index2)

    h = []
    h.append("/*")
    h.append(" * unicode_db.h: GENERATED by tools/gen_unicode.py from CPython %s's str methods"
             % sys.version.split()[0])
    h.append(" * (Unicode %s). Do not edit; rerun the script." % unicodedata.unidata_version)
    h.append(" *")
    h.append(" * The raw tables behind unicode.h. Only unicode.c reads them.")
    h.append(" */")
    h.append("#ifndef SAFEPY_KERNEL_UNICODE_DB_H")
    h.append("#define SAFEPY_KERNEL_UNICODE_DB_H")
    h.append("")
    h.append("#include <stdint.h>")
    h.append("")
    for name, bit in FLAG_NAMES:
        h.append("#define UDB_%s 0x%xu" % (name, bit))
    h.append("")
    h.append("/* One combination of properties shared by many code points. */")
    h.append("typedef struct UnicodeRecord {")
    h.append("    uint32_t flags;  /* UDB_* */")
    h.append("    uint8_t value;   /* digit value when UDB_DIGIT */")
    h.append("    int32_t upper, lower, title, fold; /* delta, or (ext offset << 8) | length */")
    h.append("} UnicodeRecord;")
    h.append("")
    h.append("#define UDB_SHIFT1 %d" % shift1)
    h.append("#define UDB_SHIFT2 %d" % shift2)
    h.append("#define UDB_BMP_LEN %d" % len(bmp))
    h.append("#define UDB_INDEX0_LEN %d" % len(index0))
    h.append("#define UDB_INDEX1_LEN %d" % len(index1))
    h.append("#define UDB_INDEX2_LEN %d" % len(index2))
    h.append("#define UDB_RECORDS_LEN %d" % len(records))
    h.append("#define UDB_EXT_LEN %d" % len(ext))
    h.append("")
    h.append("extern const %s unicode_db_bmp[UDB_BMP_LEN];" % tb)
    h.append("extern const %s unicode_db_index0[UDB_INDEX0_LEN];" % t0)
    h.append("extern const %s unicode_db_index1[UDB_INDEX1_LEN];" % t1)
    h.append("extern const %s unicode_db_index2[UDB_INDEX2_LEN];" % t2)
    h.append("extern const UnicodeRecord unicode_db_records[UDB_RECORDS_LEN];")
    h.append("extern const uint32_t unicode_db_ext[UDB_EXT_LEN];")
    h.append("")
    h.append("#endif")

    c = []
    c.append("/*")
    c.append(" * unicode_db.c: GENERATED by tools/gen_unicode.py (Unicode %s). Do not edit."
             % unicodedata.unidata_version)
    c.append(" * Tables: %d bytes of index (shifts %d, %d), %d records, %d extended code points."
             % (cost, shift1, shift2, len(records), len(ext)))
    c.append(" */")
    c.append('#include "unicode_db.h"')
    c.append("")
    emit_array(c, "const %s unicode_db_bmp[UDB_BMP_LEN]" % tb, bmp)
    c.append("")
    emit_array(c, "const %s unicode_db_index0[UDB_INDEX0_LEN]" % t0, index0)
    c.append("")
    emit_array(c, "const %s unicode_db_index1[UDB_INDEX1_LEN]" % t1, index1)
    c.append("")
    emit_array(c, "const %s unicode_db_index2[UDB_INDEX2_LEN]" % t2, index2)
    c.append("")
    c.append("const UnicodeRecord unicode_db_records[UDB_RECORDS_LEN] = {")
    for r in records:
        c.append("    {0x%x, %d, %d, %d, %d, %d}," % r)
    c.append("};")
    c.append("")
    emit_array(c, "const uint32_t unicode_db_ext[UDB_EXT_LEN]", ext, 12)

    with open(os.path.join(root, "src/kernel/unicode_db.h"), "w") as f:
        f.write("\n".join(h) + "\n")
    with open(os.path.join(root, "src/kernel/unicode_db.c"), "w") as f:
        f.write("\n".join(c) + "\n")
    print("shifts %d %d, %d index bytes, %d records, %d ext"
          % (shift1, shift2, cost, len(records), len(ext)))


if __name__ == "__main__":
    main()
