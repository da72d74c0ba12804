#!/usr/bin/python3.11
"""Generates src/kernel/unicode_ucd_db.h and src/kernel/unicode_ucd_db.c: the Unicode
character database behind the unicodedata module and \\N{...} escapes (character names,
general category, bidirectional class, combining class, East Asian width, mirrored,
decompositions, canonical compositions, numeric values).

Run with CPython 3.11 (the oracle): /usr/bin/python3.11 tools/gen_unicode_ucd.py
Everything is read from CPython's unicodedata module at generation time (Unicode 14.0.0).

Names. Names of the form PREFIX-XXXX whose hex part is the code point itself (CJK
ideographs, Nushu, Khitan...) are stored as ranges with their prefix; Hangul syllable names
are composed at run time from the jamo tables in unicode_ucd.c. Every other name is a
sequence of space-separated words: the words form a lexicon (most frequent first) and
each name is a "phrase": a length byte and then one byte per word (ids below 192) or two
bytes (192 + id / 256, id % 256). Named code points are kept as runs of consecutive code
points; phrases are in code point order, and the offset of every PHRASE_CHUNK-th phrase is
stored so that a name is found by skipping at most PHRASE_CHUNK - 1 phrases.
The phrase book, the lexicon and the length of every word (one byte each) are stored
compressed as one SPZ stream (src/kernel/lz.h; compressed by tools/lzpack.c, which this
script builds with cc): unicode_ucd.c decompresses them on first use of a name.

Properties. A three-level table (gen_unicode.split3_bmp: index0 -> block of index1 ->
block of index2 -> record, and the BMP shortcut bmp -> block of index2) like unicode_db.c; a record holds category, bidirectional class,
combining class, East Asian width and mirrored. Decompositions: a second such table
gives 1 + the offset of a code point's mapping in decomp_data (0: none); there a mapping
is a head (tag << 8 | number of code points) and the code points in UTF-16 (surrogate
pairs above U+FFFF; no mapping contains a surrogate). Compositions: (first, second,
composite) triples sorted by their canonical pair, and (uncompressed, for a quick "no")
the sorted list of the code points that are the second of a pair.
Numeric values: a sorted list (code points, then the number of each one's value) searched
by binary search. These tables (everything but the names and the record / value / string
tables) are stored as one more SPZ stream of little-endian arrays (PROPS below, offsets
UCD_P_*), decompressed on first use like the names.
"""
import collections
import fractions
import os
import re
import subprocess
import tempfile
import struct
import unicodedata

from gen_unicode import ctype, emit_array, split3_bmp

MAXCP = 0x110000
PHRASE_CHUNK = 32
ONE_BYTE = 192

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
              "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi",
              "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN",
        "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]


def names():
    named = []
    ranges = []  # [start, end, prefix]
    for cp in range(MAXCP):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("HANGUL SYLLABLE "):
            continue
        m = re.match(r"(.*-)([0-9A-F]{4,6})$", n)
        if m and int(m.group(2), 16) == cp and m.group(2) == "%04X" % cp:
            if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == m.group(1):
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, m.group(1)])
            continue
        named.append((cp, n))
    return named, ranges


def encode_names(named):
    counts = collections.Counter(w for _, n in named for w in n.split(" "))
    lexicon = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert len(lexicon) < ONE_BYTE + (256 - ONE_BYTE) * 256
    ids = {w: i for i, w in enumerate(lexicon)}
    phrases = []
    chunk_off = []
    runs = []  # (start, length, first phrase)
    for k, (cp, n) in enumerate(named):
        if k % PHRASE_CHUNK == 0:
            chunk_off.append(len(phrases))
        enc = []
        for w in n.split(" "):
            i = ids[w]
            if i < ONE_BYTE:
                enc.append(i)
            else:
                enc += [ONE_BYTE + i // 256, i % 256]
        assert len(enc) < 256
        phrases.append(len(enc))
        phrases += enc
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, k])
    lex_chars = "".join(lexicon)
    lex_off = [0]
    for w in lexicon:
        lex_off.append(lex_off[-1] + len(w))
    return lex_chars, lex_off, phrases, chunk_off, runs


def props():
    records = {}
    rec_list = []
    per_cp = []
    for cp in range(MAXCP):
        ch = chr(cp)
        r = (CATEGORIES.index(unicodedata.category(ch)),
             BIDI.index(unicodedata.bidirectional(ch)),
             unicodedata.combining(ch),
             EAW.index(unicodedata.east_asian_width(ch)),
             unicodedata.mirrored(ch))
        if r not in records:
            records[r] = len(rec_list)
            rec_list.append(r)
        per_cp.append(records[r])
    return per_cp, rec_list


def utf16(cp):
    assert not 0xD800 <= cp < 0xE000
    if cp < 0x10000:
        return [cp]
    cp -= 0x10000
    return [0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)]


def decompositions():
    """(per code point 1 + offset of its mapping in data or 0, data)."""
    per_cp = [0] * MAXCP
    data = []
    for cp in range(MAXCP):
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split(" ")
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts[0])
            parts = parts[1:]
        per_cp[cp] = len(data) + 1
        data.append((tag << 8) | len(parts))
        for p in parts:
            data += utf16(int(p, 16))
    assert len(data) < 65535
    return per_cp, data


def compositions():
    pairs = []
    for cp in range(MAXCP):
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split(" ")]
        if len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            pairs.append((parts[0], parts[1], cp))
    pairs.sort()
    return pairs


def numerics():
    out = []
    for cp in range(MAXCP):
        v = unicodedata.numeric(chr(cp), None)
        if v is None:
            continue
        f = fractions.Fraction(v).limit_denominator(100000)
        assert f.numerator / f.denominator == v, (cp, v)
        out.append((cp, f.numerator, f.denominator))
    return out


def compress(root, data):
    """data compressed by tools/lzpack.c --raw (built here with cc)."""
    with tempfile.TemporaryDirectory() as tmp:
        tool = os.path.join(tmp, "lzpack")
        srcs = ["tools/lzpack.c", "src/kernel/lz.c", "src/kernel/buf.c", "src/kernel/heap.c"]
        subprocess.run(["cc", "-std=gnu11", "-O2", "-Isrc", "-Iinclude", "-o", tool] + srcs,
                       cwd=root, check=True)
        raw, packed = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        with open(raw, "wb") as f:
            f.write(data)
        subprocess.run([tool, "--raw", raw, packed], check=True)
        with open(packed, "rb") as f:
            return f.read()


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    named, ranges = names()
    lex_chars, lex_off, phrases, chunk_off, runs = encode_names(named)
    per_cp, rec_list = props()
    pcost, pshift1, pshift2, index0, index1, index2, pbmp = split3_bmp(per_cp, True)
    dmap, ddata = decompositions()
    dcost, dshift1, dshift2, dindex0, dindex1, dindex2, dbmp = split3_bmp(dmap, True)
    # unicode_ucd.c reads these types.
    assert [ctype(t)[0] for t in (index0, index1, index2)] == ["uint8_t", "uint16_t", "uint8_t"]
    assert [ctype(t)[0] for t in (dindex0, dindex1, dindex2)] == ["uint8_t", "uint16_t", "uint16_t"]
    assert max(pbmp) < 65536 and max(dbmp) < 65536
    comps = compositions()
    nums = numerics()
    num_values = sorted(set((t[1], t[2]) for t in nums))
    assert len(num_values) < 256
    maxname = max(len(unicodedata.name(chr(cp), "")) for cp in range(MAXCP))
    word_lens = [lex_off[i + 1] - lex_off[i] for i in range(len(lex_off) - 1)]
    assert max(word_lens) < 256
    names_raw = bytes(phrases) + lex_chars.encode("ascii") + bytes(word_lens)
    names_z = compress(root, names_raw)
    # The property blob: (name, C type, values), little-endian, in this order.
    blob = [("BMP", "H", pbmp), ("DBMP", "H", dbmp), ("INDEX0", "B", index0), ("INDEX1", "H", index1), ("INDEX2", "B", index2),
             ("DINDEX0", "B", dindex0), ("DINDEX1", "H", dindex1), ("DINDEX2", "H", dindex2),
             ("DECOMP", "H", ddata), ("COMP", "I", [v for t in comps for v in t]),
             ("NUMERIC_CPS", "I", [t[0] for t in nums]),
             ("NUMERIC_OF", "B", [num_values.index((t[1], t[2])) for t in nums])]
    props_raw = b""
    props_at = []
    for name, fmt, vals in blob:
        props_at.append((name, len(props_raw)))
        props_raw += struct.pack("<%d%s" % (len(vals), fmt), *vals)
    props_z = compress(root, props_raw)

    h = []
    h.append("/*")
    h.append(" * unicode_ucd_db.h: GENERATED by tools/gen_unicode_ucd.py from CPython's")
    h.append(" * unicodedata (Unicode %s). Do not edit; rerun the script." % unicodedata.unidata_version)
    h.append(" *")
    h.append(" * The raw tables behind unicode_ucd.h (see the script for the layout). Only")
    h.append(" * unicode_ucd.c reads them.")
    h.append(" */")
    h.append("#ifndef SAFEPY_KERNEL_UNICODE_UCD_DB_H")
    h.append("#define SAFEPY_KERNEL_UNICODE_UCD_DB_H")
    h.append("")
    h.append("#include <stdint.h>")
    h.append("")
    h.append('#define UCD_VERSION "%s"' % unicodedata.unidata_version)
    h.append("#define UCD_NAME_MAX %d" % maxname)
    h.append("#define UCD_PHRASE_CHUNK %d" % PHRASE_CHUNK)
    h.append("#define UCD_ONE_BYTE %d" % ONE_BYTE)
    h.append("#define UCD_LEXICON_LEN %d" % len(lex_chars))
    h.append("#define UCD_WORDS %d" % (len(lex_off) - 1))
    h.append("#define UCD_PHRASES_LEN %d" % len(phrases))
    h.append("/* Decompressed: phrases, lexicon, one length byte per word. */")
    h.append("#define UCD_NAMES_LEN (UCD_PHRASES_LEN + UCD_LEXICON_LEN + UCD_WORDS)")
    h.append("#define UCD_NAMES_Z_LEN %d" % len(names_z))
    h.append("#define UCD_CHUNKS %d" % len(chunk_off))
    h.append("#define UCD_RUNS %d" % len(runs))
    h.append("#define UCD_RANGES %d" % len(ranges))
    h.append("/* Property table: %d bytes. */" % pcost)
    h.append("#define UCD_SHIFT1 %d" % pshift1)
    h.append("#define UCD_SHIFT2 %d" % pshift2)
    h.append("#define UCD_BMP_LEN %d" % len(pbmp))
    h.append("#define UCD_INDEX0_LEN %d" % len(index0))
    h.append("#define UCD_INDEX1_LEN %d" % len(index1))
    h.append("#define UCD_INDEX2_LEN %d" % len(index2))
    h.append("#define UCD_RECORDS_LEN %d" % len(rec_list))
    h.append("/* Decomposition table: %d bytes. */" % dcost)
    h.append("#define UCD_DSHIFT1 %d" % dshift1)
    h.append("#define UCD_DSHIFT2 %d" % dshift2)
    h.append("#define UCD_DBMP_LEN %d" % len(dbmp))
    h.append("#define UCD_DINDEX0_LEN %d" % len(dindex0))
    h.append("#define UCD_DINDEX1_LEN %d" % len(dindex1))
    h.append("#define UCD_DINDEX2_LEN %d" % len(dindex2))
    h.append("#define UCD_DECOMP_DATA_LEN %d" % len(ddata))
    h.append("#define UCD_COMP_LEN %d" % len(comps))
    seconds = sorted(set(t[1] for t in comps))
    h.append("#define UCD_COMP_SECONDS %d" % len(seconds))
    h.append("#define UCD_NUMERIC_LEN %d" % len(nums))
    h.append("#define UCD_NUMERIC_VALUES %d" % len(num_values))
    h.append("#define UCD_CATEGORIES %d" % len(CATEGORIES))
    h.append("#define UCD_BIDI_CLASSES %d" % len(BIDI))
    h.append("#define UCD_EAW_CLASSES %d" % len(EAW))
    h.append("#define UCD_TAGS %d" % len(TAGS))
    h.append("/* Decompressed property tables: little-endian arrays at these offsets. */")
    for name, at in props_at:
        h.append("#define UCD_P_%s_AT %d" % (name, at))
    h.append("#define UCD_PROPS_LEN %d" % len(props_raw))
    h.append("#define UCD_PROPS_Z_LEN %d" % len(props_z))
    h.append("")
    h.append("/* A run of consecutive named code points; [phrase] is the first one's number. */")
    h.append("typedef struct UcdRun { uint32_t start; uint16_t len; uint16_t phrase; } UcdRun;")
    h.append("/* Code points start..end are named [prefix] followed by their hex value. */")
    h.append("typedef struct UcdRange { uint32_t start, end; uint8_t prefix; } UcdRange;")
    h.append("typedef struct UcdRecord {")
    h.append("    uint8_t category, bidi, combining, eaw, mirrored;")
    h.append("} UcdRecord;")
    h.append("/* A numeric value num / den; code point UCD_P_NUMERIC_CPS[i] has value")
    h.append(" * unicode_ucd_numeric_values[UCD_P_NUMERIC_OF[i]]. */")
    h.append("typedef struct UcdNumeric { int64_t num; uint32_t den; } UcdNumeric;")
    h.append("")
    prefixes = sorted(set(r[2] for r in ranges))
    h.append("#define UCD_PREFIXES %d" % len(prefixes))
    h.append("extern const char *const unicode_ucd_prefixes[UCD_PREFIXES];")
    h.append("extern const uint8_t unicode_ucd_names_z[UCD_NAMES_Z_LEN];")
    h.append("extern const uint32_t unicode_ucd_chunks[UCD_CHUNKS];")
    h.append("extern const UcdRun unicode_ucd_runs[UCD_RUNS];")
    h.append("extern const UcdRange unicode_ucd_ranges[UCD_RANGES];")
    h.append("extern const uint8_t unicode_ucd_props_z[UCD_PROPS_Z_LEN];")
    h.append("extern const uint32_t unicode_ucd_comp_seconds[UCD_COMP_SECONDS];")
    h.append("extern const UcdRecord unicode_ucd_records[UCD_RECORDS_LEN];")
    h.append("extern const char *const unicode_ucd_categories[UCD_CATEGORIES];")
    h.append("extern const char *const unicode_ucd_bidi[UCD_BIDI_CLASSES];")
    h.append("extern const char *const unicode_ucd_eaw[UCD_EAW_CLASSES];")
    h.append("extern const char *const unicode_ucd_tags[UCD_TAGS];")
    h.append("extern const UcdNumeric unicode_ucd_numeric_values[UCD_NUMERIC_VALUES];")
    h.append("")
    h.append("#endif")

    c = []
    c.append("/*")
    c.append(" * unicode_ucd_db.c: GENERATED by tools/gen_unicode_ucd.py (Unicode %s). Do not edit."
             % unicodedata.unidata_version)
    c.append(" * %d named code points in %d runs, %d words, %d phrase bytes; %d algorithmic ranges."
             % (len(named), len(runs), len(lex_off) - 1, len(phrases), len(ranges)))
    c.append(" */")
    c.append('#include "unicode_ucd_db.h"')
    c.append("")
    c.append("const char *const unicode_ucd_prefixes[UCD_PREFIXES] = {")
    for p in prefixes:
        c.append("    %s," % c_string(p))
    c.append("};")
    emit_array(c, "const uint8_t unicode_ucd_names_z[UCD_NAMES_Z_LEN]", names_z, 24)
    emit_array(c, "const uint32_t unicode_ucd_chunks[UCD_CHUNKS]", chunk_off, 12)
    c.append("const UcdRun unicode_ucd_runs[UCD_RUNS] = {")
    for r in runs:
        c.append("    {%d, %d, %d}," % tuple(r))
    c.append("};")
    c.append("const UcdRange unicode_ucd_ranges[UCD_RANGES] = {")
    for r in ranges:
        c.append("    {%d, %d, %d}," % (r[0], r[1], prefixes.index(r[2])))
    c.append("};")
    emit_array(c, "const uint8_t unicode_ucd_props_z[UCD_PROPS_Z_LEN]", props_z, 24)
    emit_array(c, "const uint32_t unicode_ucd_comp_seconds[UCD_COMP_SECONDS]", seconds, 12)
    c.append("const UcdRecord unicode_ucd_records[UCD_RECORDS_LEN] = {")
    for r in rec_list:
        c.append("    {%d, %d, %d, %d, %d}," % r)
    c.append("};")
    for name, lst, n in (("categories", CATEGORIES, "UCD_CATEGORIES"),
                         ("bidi", BIDI, "UCD_BIDI_CLASSES"), ("eaw", EAW, "UCD_EAW_CLASSES"),
                         ("tags", TAGS, "UCD_TAGS")):
        c.append("const char *const unicode_ucd_%s[%s] = {" % (name, n))
        c.append("    " + ", ".join(c_string(s) for s in lst) + ",")
        c.append("};")
    c.append("const UcdNumeric unicode_ucd_numeric_values[UCD_NUMERIC_VALUES] = {")
    for t in num_values:
        c.append("    {%dLL, %d}," % t)
    c.append("};")

    with open(os.path.join(root, "src/kernel/unicode_ucd_db.h"), "w") as f:
        f.write("\n".join(h) + "\n")
    with open(os.path.join(root, "src/kernel/unicode_ucd_db.c"), "w") as f:
        f.write("\n".join(c) + "\n")


if __name__ == "__main__":
    main()
