/*
 * unicode_ucd.c: lookups in the generated tables of unicode_ucd_db.c (see unicode_ucd.h
 * and tools/gen_unicode_ucd.py for the layout). Every table index is checked against the
 * table's declared length, so a mis-generated table yields "no data", never an
 * out-of-bounds read; output buffers are written only below their capacity.
 */
#include "unicode_ucd.h"

#include "unicode_ucd_db.h"

#define UCD_MAX_CP 0x10FFFFu

_Static_assert(UCD_NAME_MAX <= UNICODE_UCD_NAME_MAX, "name buffer too small");

// Hangul syllables (Unicode 3.12): S = SBASE + (L * VCOUNT + V) * TCOUNT + T.
#define SBASE 0xAC00u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define SCOUNT (LCOUNT * VCOUNT * TCOUNT)

static const char *const jamo_l[LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
    "P", "H"};
static const char *const jamo_v[VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
    "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
    "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

static const char hangul_prefix[] = "HANGUL SYLLABLE ";
static const char cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-";

const char *unicode_ucd_version(void) { return UCD_VERSION; }

// Appends the C string [s] to out[*n..cap); false when it does not fit.
static bool put(uint8_t *out, size_t cap, size_t *n, const char *s, size_t len) {
    if (len > cap || *n > cap - len) return false;
    for (size_t i = 0; i < len; i++) out[*n + i] = (uint8_t)s[i];
    *n += len;
    return true;
}

static size_t cstrlen(const char *s) {
    size_t n = 0;
    // cppcheck-suppress arrayIndexOutOfBoundsCond ; callers pass NUL-terminated literals: the
    // loop stops at the NUL, inside the literal, before the 256 cap matters
    while (n < 256 && s[n] != 0) n++;
    return n;
}

static bool put_hex(uint8_t *out, size_t cap, size_t *n, uint32_t cp) {
    char digits[8];
    size_t k = 0;
    uint32_t v = cp;
    do {
        digits[k++] = "0123456789ABCDEF"[v & 0xFu];
        v >>= 4;
    } while (v != 0 && k < 8);
    while (k < 4) digits[k++] = '0';
    char rev[8];
    for (size_t i = 0; i < k; i++) rev[i] = digits[k - 1 - i];
    return put(out, cap, n, rev, k);
}

// Index of the phrase of [cp] in the phrase book, or -1 when cp has none.
static int32_t phrase_index(uint32_t cp) {
    size_t lo = 0, hi = UCD_RUNS;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdRun *r = &unicode_ucd_runs[mid];
        if (cp < r->start) {
            hi = mid;
        } else if (cp - r->start >= r->len) {
            lo = mid + 1;
        } else {
            return (int32_t)r->phrase + (int32_t)(cp - r->start);
        }
    }
    return -1;
}

// Appends word [id] of the lexicon.
static bool put_word(uint8_t *out, size_t cap, size_t *n, size_t id) {
    if (id >= UCD_WORDS) return false;
    // bounds-ok: id < UCD_WORDS (the offsets table has UCD_WORDS + 1 entries), id unsigned;
    // clang 14 treats the unsigned index as possibly negative.
    uint32_t a = unicode_ucd_lexicon_off[id], b = unicode_ucd_lexicon_off[id + 1];
    if (a > b || b > UCD_LEXICON_LEN) return false;
    return put(out, cap, n, &unicode_ucd_lexicon[a], b - a);
}

static size_t phrase_name(int32_t k, uint8_t *out, size_t cap) {
    size_t chunk = (size_t)k / UCD_PHRASE_CHUNK;
    if (chunk >= UCD_CHUNKS) return 0;
    size_t pos = unicode_ucd_chunks[chunk];
    for (size_t skip = (size_t)k % UCD_PHRASE_CHUNK; skip > 0; skip--) {
        if (pos >= UCD_PHRASES_LEN) return 0;
        pos += 1 + (size_t)unicode_ucd_phrases[pos];
    }
    if (pos >= UCD_PHRASES_LEN) return 0;
    size_t len = unicode_ucd_phrases[pos++];
    if (len > UCD_PHRASES_LEN - pos) return 0;
    size_t end = pos + len, n = 0;
    bool first = true;
    while (pos < end) {
        // bounds-ok: pos < end <= UCD_PHRASES_LEN (loop test and the len check above), pos
        // unsigned; clang 14 treats it as possibly negative.
        size_t id = unicode_ucd_phrases[pos++];
        if (id >= UCD_ONE_BYTE) {
            if (pos >= end) return 0;
            id = (id - UCD_ONE_BYTE) * 256 + unicode_ucd_phrases[pos++];
        }
        if (!first && !put(out, cap, &n, " ", 1)) return 0;
        if (!put_word(out, cap, &n, id)) return 0;
        first = false;
    }
    return n;
}

size_t unicode_ucd_name(uint32_t cp, uint8_t *out, size_t cap) {
    if (cp > UCD_MAX_CP) return 0;
    size_t n = 0;
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        const char *parts[4] = {hangul_prefix, jamo_l[s / (VCOUNT * TCOUNT)],
                                jamo_v[(s % (VCOUNT * TCOUNT)) / TCOUNT], jamo_t[s % TCOUNT]};
        for (size_t i = 0; i < 4; i++) {
            if (!put(out, cap, &n, parts[i], cstrlen(parts[i]))) return 0;
        }
        return n;
    }
    for (size_t i = 0; i < UCD_RANGES; i++) {
        const UcdRange *r = &unicode_ucd_ranges[i];
        if (cp >= r->start && cp <= r->end) {
            if (r->prefix >= UCD_PREFIXES) return 0;
            const char *p = unicode_ucd_prefixes[r->prefix];
            if (!put(out, cap, &n, p, cstrlen(p)) || !put_hex(out, cap, &n, cp)) return 0;
            return n;
        }
    }
    int32_t k = phrase_index(cp);
    return k < 0 ? 0 : phrase_name(k, out, cap);
}

static uint8_t upper(uint8_t c) { return (c >= 'a' && c <= 'z') ? (uint8_t)(c - 32) : c; }

// name[0..len) starts with [prefix] (exactly, or ignoring ASCII case when [fold]).
static bool has_prefix(const uint8_t *name, size_t len, const char *prefix, bool fold) {
    size_t plen = cstrlen(prefix);
    if (len < plen) return false;
    for (size_t i = 0; i < plen; i++) {
        uint8_t c = fold ? upper(name[i]) : name[i];
        if (c != (uint8_t)prefix[i]) return false;
    }
    return true;
}

// Longest entry of table[0..count) that starts name[*pos..len); advances *pos.
static int longest(const char *const *table, size_t count, const uint8_t *name, size_t len,
                   size_t *pos) {
    int best = -1;
    size_t best_len = 0;
    for (size_t i = 0; i < count; i++) {
        size_t l = cstrlen(table[i]);
        if (l > len - *pos || (best >= 0 && l <= best_len)) continue;
        bool ok = true;
        // bounds-ok: l = cstrlen(table[i]) and j < l, so table[i][j] is inside the string literal;
        // clang 14 does not relate the length to the literal.
        for (size_t j = 0; j < l && ok; j++) ok = name[*pos + j] == (uint8_t)table[i][j];
        if (ok) {
            best = (int)i;
            best_len = l;
        }
    }
    if (best >= 0) *pos += best_len;
    return best;
}

static int32_t lookup_hangul(const uint8_t *name, size_t len) {
    size_t pos = cstrlen(hangul_prefix);
    int l = longest(jamo_l, LCOUNT, name, len, &pos);
    int v = l < 0 ? -1 : longest(jamo_v, VCOUNT, name, len, &pos);
    int t = v < 0 ? -1 : longest(jamo_t, TCOUNT, name, len, &pos);
    if (t < 0 || pos != len) return -1;
    return (int32_t)(SBASE + ((uint32_t)l * VCOUNT + (uint32_t)v) * TCOUNT + (uint32_t)t);
}

// Parses hex digits name[pos..len) (uppercase only unless [fold]); -1 when malformed.
static int64_t parse_hex(const uint8_t *name, size_t pos, size_t len, bool fold) {
    if (len - pos < 4 || len - pos > 6) return -1;
    int64_t v = 0;
    for (size_t i = pos; i < len; i++) {
        uint8_t c = fold ? upper(name[i]) : name[i];
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return -1;
        v = v * 16 + d;
    }
    return v;
}

static int32_t lookup_ranges(const uint8_t *name, size_t len) {
    for (size_t i = 0; i < UCD_RANGES; i++) {
        const UcdRange *r = &unicode_ucd_ranges[i];
        if (r->prefix >= UCD_PREFIXES) continue;
        const char *p = unicode_ucd_prefixes[r->prefix];
        bool cjk = has_prefix((const uint8_t *)p, cstrlen(p), cjk_prefix, false);
        if (!has_prefix(name, len, p, !cjk)) continue;
        size_t plen = cstrlen(p);
        int64_t v = parse_hex(name, plen, len, !cjk);
        if (v < r->start || v > r->end) continue;
        // Stored names have exactly the digits "%04X" prints; CJK accepts 4 or 5 digits.
        uint8_t buf[8];
        size_t n = 0;
        if (!put_hex(buf, sizeof buf, &n, (uint32_t)v)) continue;
        if (!cjk && n != len - plen) continue;
        if (cjk && len - plen > 5) continue;
        return (int32_t)v;
    }
    return -1;
}

// Number of the lexicon word equal to (uppercased) w[0..len), or -1.
static int32_t word_id(const uint8_t *w, size_t len) {
    for (size_t id = 0; id < UCD_WORDS; id++) {
        uint32_t a = unicode_ucd_lexicon_off[id], b = unicode_ucd_lexicon_off[id + 1];
        if (a > b || b > UCD_LEXICON_LEN || b - a != len) continue;
        bool ok = true;
        for (size_t j = 0; j < len && ok; j++) {
            // bounds-ok: b - a == len, b <= UCD_LEXICON_LEN and j < len, so a + j <
            // UCD_LEXICON_LEN; clang 14 does not combine the three tests.
            ok = upper(w[j]) == (uint8_t)unicode_ucd_lexicon[a + j];
        }
        if (ok) return (int32_t)id;
    }
    return -1;
}

// Code point of phrase number [k].
static int32_t phrase_cp(size_t k) {
    for (size_t i = 0; i < UCD_RUNS; i++) {
        const UcdRun *r = &unicode_ucd_runs[i];
        if (k >= r->phrase && k - r->phrase < r->len) return (int32_t)(r->start + (k - r->phrase));
    }
    return -1;
}

static int32_t lookup_phrase(const uint8_t *name, size_t len) {
    uint8_t enc[2 * UNICODE_UCD_NAME_MAX];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != ' ') continue;
        if (i == start) return -1;  // empty word: leading, trailing or double space
        int32_t id = word_id(&name[start], i - start);
        if (id < 0 || n + 2 > sizeof enc) return -1;
        if (id < UCD_ONE_BYTE) {
            enc[n++] = (uint8_t)id;
        } else {
            enc[n++] = (uint8_t)(UCD_ONE_BYTE + id / 256);
            enc[n++] = (uint8_t)(id % 256);
        }
        start = i + 1;
    }
    size_t pos = 0, k = 0;
    while (pos < UCD_PHRASES_LEN) {
        size_t plen = unicode_ucd_phrases[pos];
        if (plen > UCD_PHRASES_LEN - pos - 1) return -1;
        if (plen == n) {
            bool ok = true;
            // bounds-ok: plen == n and plen <= UCD_PHRASES_LEN - pos - 1, so pos + 1 + j <
            // UCD_PHRASES_LEN (unsigned); clang 14 treats it as possibly negative.
            for (size_t j = 0; j < n && ok; j++) ok = unicode_ucd_phrases[pos + 1 + j] == enc[j];
            if (ok) return phrase_cp(k);
        }
        pos += 1 + plen;
        k++;
    }
    return -1;
}

int32_t unicode_ucd_lookup(const uint8_t *name, size_t len) {
    if (len == 0 || len > UNICODE_UCD_NAME_MAX) return -1;
    if (has_prefix(name, len, hangul_prefix, false)) {
        int32_t cp = lookup_hangul(name, len);
        if (cp >= 0) return cp;
    }
    int32_t cp = lookup_ranges(name, len);
    if (cp >= 0) return cp;
    return lookup_phrase(name, len);
}

// What a code point outside the tables has: category Cn, no bidi class, width N.
static const UcdRecord unassigned = {0, 0, 0, 5, 0};

static const UcdRecord *record(uint32_t cp) {
    if (cp > UCD_MAX_CP) return &unassigned;
    size_t i1 = (size_t)(cp >> UCD_SHIFT);
    if (i1 >= UCD_INDEX1_LEN) return &unassigned;
    size_t block = unicode_ucd_index1[i1];
    size_t mask = ((size_t)1 << UCD_SHIFT) - 1;
    size_t i2 = (block << UCD_SHIFT) | ((size_t)cp & mask);
    if (block >= (UCD_INDEX2_LEN >> UCD_SHIFT) || i2 >= UCD_INDEX2_LEN) return &unassigned;
    size_t r = unicode_ucd_index2[i2];
    if (r >= UCD_RECORDS_LEN) return &unassigned;
    return &unicode_ucd_records[r];
}

const char *unicode_ucd_category(uint32_t cp) {
    size_t c = record(cp)->category;
    return c < UCD_CATEGORIES ? unicode_ucd_categories[c] : "Cn";
}

const char *unicode_ucd_bidirectional(uint32_t cp) {
    size_t c = record(cp)->bidi;
    return c < UCD_BIDI_CLASSES ? unicode_ucd_bidi[c] : "";
}

const char *unicode_ucd_east_asian_width(uint32_t cp) {
    size_t c = record(cp)->eaw;
    return c < UCD_EAW_CLASSES ? unicode_ucd_eaw[c] : "N";
}

int unicode_ucd_combining(uint32_t cp) { return record(cp)->combining; }

bool unicode_ucd_mirrored(uint32_t cp) { return record(cp)->mirrored != 0; }

size_t unicode_ucd_decomposition(uint32_t cp, uint32_t out[UNICODE_UCD_DECOMP_MAX],
                                 const char **tag) {
    *tag = "";
    size_t lo = 0, hi = UCD_DECOMP_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t c = unicode_ucd_decomp_cps[mid];
        if (c < cp) {
            lo = mid + 1;
        } else if (c > cp) {
            hi = mid;
        } else {
            size_t off = unicode_ucd_decomp_off[mid];
            if (off >= UCD_DECOMP_DATA_LEN) return 0;
            uint32_t head = unicode_ucd_decomp_data[off];
            size_t n = head & 0xFFu, t = head >> 8;
            if (n > UNICODE_UCD_DECOMP_MAX || n > UCD_DECOMP_DATA_LEN - off - 1 ||
                t >= UCD_TAGS) {
                return 0;
            }
            for (size_t i = 0; i < n; i++) out[i] = unicode_ucd_decomp_data[off + 1 + i];
            *tag = unicode_ucd_tags[t];
            return n;
        }
    }
    return 0;
}

int32_t unicode_ucd_compose(uint32_t first, uint32_t second) {
    size_t lo = 0, hi = UCD_COMP_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdComp *c = &unicode_ucd_comp[mid];
        if (c->first < first || (c->first == first && c->second < second)) {
            lo = mid + 1;
        } else if (c->first == first && c->second == second) {
            return (int32_t)c->composite;
        } else {
            hi = mid;
        }
    }
    return -1;
}

bool unicode_ucd_numeric(uint32_t cp, int64_t *num, uint32_t *den) {
    size_t lo = 0, hi = UCD_NUMERIC_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdNumeric *v = &unicode_ucd_numerics[mid];
        if (v->cp < cp) {
            lo = mid + 1;
        } else if (v->cp > cp) {
            hi = mid;
        } else {
            *num = v->num;
            *den = v->den == 0 ? 1 : v->den;
            return true;
        }
    }
    return false;
}
