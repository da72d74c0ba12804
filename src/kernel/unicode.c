/*
 * unicode.c: lookups in the generated tables of unicode_db.c (see unicode.h). Every
 * table index is checked against the table's declared length, so a corrupted or
 * mis-generated table yields "no properties", never an out-of-bounds read.
 */
#include "unicode.h"

#include "unicode_db.h"

#define UDB_MAX_CP 0x10FFFFu

// The three-level lookup of unicode_db.h (tools/gen_unicode.py), with its shortcut for
// the BMP: unicode_db_bmp gives the index2 block of a BMP code point directly.
static const UnicodeRecord *record(uint32_t cp) {
    const UnicodeRecord *none = &unicode_db_records[0];
    size_t mask2 = ((size_t)1 << UDB_SHIFT2) - 1;
    size_t b2;
    if (cp < 0x10000u) {
        size_t ib = (size_t)(cp >> UDB_SHIFT2);
        if (ib >= UDB_BMP_LEN) return none;
        b2 = unicode_db_bmp[ib];
    } else {
        if (cp > UDB_MAX_CP) return none;
        size_t i0 = (size_t)(cp >> (UDB_SHIFT1 + UDB_SHIFT2));
        if (i0 >= UDB_INDEX0_LEN) return none;
        size_t mask1 = ((size_t)1 << UDB_SHIFT1) - 1;
        size_t i1 = ((size_t)unicode_db_index0[i0] << UDB_SHIFT1) | ((cp >> UDB_SHIFT2) & mask1);
        if (i1 >= UDB_INDEX1_LEN) return none;
        b2 = unicode_db_index1[i1];
    }
    size_t i2 = (b2 << UDB_SHIFT2) | ((size_t)cp & mask2);
    if (i2 >= UDB_INDEX2_LEN) return none;
    size_t r = unicode_db_index2[i2];
    if (r >= UDB_RECORDS_LEN) return none;
    return &unicode_db_records[r];
}

static bool has(uint32_t cp, uint32_t flag) { return (record(cp)->flags & flag) != 0; }

bool unicode_is_alpha(uint32_t cp) { return has(cp, UDB_ALPHA); }
bool unicode_is_decimal(uint32_t cp) { return has(cp, UDB_DECIMAL); }
bool unicode_is_digit(uint32_t cp) { return has(cp, UDB_DIGIT); }
bool unicode_is_numeric(uint32_t cp) { return has(cp, UDB_NUMERIC); }
bool unicode_is_alnum(uint32_t cp) {
    return has(cp, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
bool unicode_is_space(uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return has(cp, UDB_SPACE);
}
bool unicode_is_printable(uint32_t cp) { return has(cp, UDB_PRINTABLE); }
bool unicode_is_upper(uint32_t cp) { return has(cp, UDB_UPPER); }
bool unicode_is_lower(uint32_t cp) { return has(cp, UDB_LOWER); }
bool unicode_is_title(uint32_t cp) { return has(cp, UDB_TITLE); }
bool unicode_is_cased(uint32_t cp) { return has(cp, UDB_CASED); }
bool unicode_is_case_ignorable(uint32_t cp) { return has(cp, UDB_CASE_IGNORABLE); }
bool unicode_is_xid_start(uint32_t cp) { return has(cp, UDB_XID_START); }
bool unicode_is_xid_continue(uint32_t cp) { return has(cp, UDB_XID_CONTINUE); }
bool unicode_is_linebreak(uint32_t cp) { return has(cp, UDB_LINEBREAK); }

int unicode_decimal_value(uint32_t cp) {
    const UnicodeRecord *r = record(cp);
    return (r->flags & UDB_DECIMAL) != 0 ? (int)r->value : -1;
}

int unicode_digit_value(uint32_t cp) {
    const UnicodeRecord *r = record(cp);
    return (r->flags & UDB_DIGIT) != 0 ? (int)r->value : -1;
}

// Applies mapping field [m] of [cp]: a delta, or (when [ext]) an extended sequence.
static size_t apply(uint32_t cp, int32_t m, bool ext, uint32_t out[UNICODE_MAX_MAP]) {
    if (ext) {
        uint32_t u = (uint32_t)m;
        size_t len = u & 0xFFu, off = u >> 8;
        if (len >= 1 && len <= UNICODE_MAX_MAP && off <= UDB_EXT_LEN && len <= UDB_EXT_LEN - off) {
            for (size_t k = 0; k < len; k++) out[k] = unicode_db_ext[off + k];
            return len;
        }
        out[0] = cp;
        return 1;
    }
    int64_t mapped = (int64_t)cp + (int64_t)m;
    out[0] = (mapped >= 0 && mapped <= (int64_t)UDB_MAX_CP) ? (uint32_t)mapped : cp;
    return 1;
}

size_t unicode_to_upper(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]) {
    const UnicodeRecord *r = record(cp);
    return apply(cp, r->upper, (r->flags & UDB_EXT_UPPER) != 0, out);
}

size_t unicode_to_lower(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]) {
    const UnicodeRecord *r = record(cp);
    return apply(cp, r->lower, (r->flags & UDB_EXT_LOWER) != 0, out);
}

size_t unicode_to_title(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]) {
    const UnicodeRecord *r = record(cp);
    return apply(cp, r->title, (r->flags & UDB_EXT_TITLE) != 0, out);
}

size_t unicode_to_casefold(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]) {
    const UnicodeRecord *r = record(cp);
    return apply(cp, r->fold, (r->flags & UDB_EXT_FOLD) != 0, out);
}
