/*
 * unicode_ucd.c: lookups in the generated tables of unicode_ucd_db.c (see unicode_ucd.h
 * and tools/gen_unicode_ucd.py for the layout). Every table index is checked against the
 * table's declared length, so a mis-generated table yields "no data", never an
 * out-of-bounds read; output buffers are written only below their capacity. The name
 * tables and the property tables are read through BViews of their decompressed copies
 * (unicode_ucd_names, unicode_ucd_props).
 */
#include "unicode_ucd.h"

#include "lz.h"
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

// Where the parts of the decompressed name tables start (see unicode_ucd_names).
#define PHRASES_AT 0u
#define LEXICON_AT ((size_t)UCD_PHRASES_LEN)
#define LENS_AT (LEXICON_AT + UCD_LEXICON_LEN)
#define OFFS_AT ((size_t)UCD_NAMES_LEN)
#define NAMES_TOTAL (OFFS_AT + 4u * (UCD_WORDS + 1u))

KStatus unicode_ucd_names(Heap *h, BView *out) {
    if (h->ucd_names != NULL) {
        out->p = h->ucd_names;
        out->n = NAMES_TOTAL;
        return K_OK;
    }
    uint8_t *p = heap_alloc(h, NAMES_TOTAL, HEAP_RAW);
    if (p == NULL) return K_NOMEM;
    BView z = {unicode_ucd_names_z, UCD_NAMES_Z_LEN};
    KStatus s = lz_decode(z, p, UCD_NAMES_LEN);
    if (s != K_OK) return s;
    // The offset of every word, from the lengths (little-endian uint32).
    uint32_t off = 0;
    for (size_t id = 0; id <= UCD_WORDS; id++) {
        for (size_t k = 0; k < 4; k++) p[OFFS_AT + 4 * id + k] = (uint8_t)(off >> (8 * k));
        if (id < UCD_WORDS) off += p[LENS_AT + id];
    }
    if (off != UCD_LEXICON_LEN) return K_INVALID;
    // Cached only when it can be a root: the heap would otherwise collect it.
    if (heap_add_root(h, (Value)(uintptr_t)p)) h->ucd_names = p;
    out->p = p;
    out->n = NAMES_TOTAL;
    return K_OK;
}

// Byte [i] of the tables, or -1 when outside them.
static int at(BView t, size_t i) { return bview_get(t, i); }

// Offset in the lexicon of word [id] (id <= UCD_WORDS), or -1.
static int64_t word_off(BView t, size_t id) {
    if (id > UCD_WORDS) return -1;
    uint32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int b = at(t, OFFS_AT + 4 * id + k);
        if (b < 0) return -1;
        v |= (uint32_t)b << (8 * k);
    }
    return v;
}

// Appends word [id] of the lexicon.
static bool put_word(BView t, uint8_t *out, size_t cap, size_t *n, size_t id) {
    int64_t a = word_off(t, id), b = word_off(t, id + 1);
    if (a < 0 || b < a || b > (int64_t)UCD_LEXICON_LEN) return false;
    size_t len = (size_t)(b - a);
    if (len > cap || *n > cap - len) return false;
    for (size_t i = 0; i < len; i++) {
        int c = at(t, LEXICON_AT + (size_t)a + i);
        if (c < 0) return false;
        out[*n + i] = (uint8_t)c;
    }
    *n += len;
    return true;
}

// Byte [pos] of the phrase book, or -1.
static int phrase_byte(BView t, size_t pos) {
    return pos < UCD_PHRASES_LEN ? at(t, PHRASES_AT + pos) : -1;
}

static size_t phrase_name(BView t, int32_t k, uint8_t *out, size_t cap) {
    size_t chunk = (size_t)k / UCD_PHRASE_CHUNK;
    if (chunk >= UCD_CHUNKS) return 0;
    size_t pos = unicode_ucd_chunks[chunk];
    for (size_t skip = (size_t)k % UCD_PHRASE_CHUNK; skip > 0; skip--) {
        int l = phrase_byte(t, pos);
        if (l < 0) return 0;
        pos += 1 + (size_t)l;
    }
    int len = phrase_byte(t, pos++);
    if (len < 0 || (size_t)len > UCD_PHRASES_LEN - pos) return 0;
    size_t end = pos + (size_t)len, n = 0;
    bool first = true;
    while (pos < end) {
        int id = phrase_byte(t, pos++);
        if (id < 0) return 0;
        if (id >= UCD_ONE_BYTE) {
            int lo = pos < end ? phrase_byte(t, pos++) : -1;
            if (lo < 0) return 0;
            id = (id - UCD_ONE_BYTE) * 256 + lo;
        }
        if (!first && !put(out, cap, &n, " ", 1)) return 0;
        if (!put_word(t, out, cap, &n, (size_t)id)) return 0;
        first = false;
    }
    return n;
}

size_t unicode_ucd_name(BView names, uint32_t cp, uint8_t *out, size_t cap) {
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
    return k < 0 ? 0 : phrase_name(names, k, out, cap);
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
static int32_t word_id(BView t, const uint8_t *w, size_t len) {
    size_t a = 0;
    for (size_t id = 0; id < UCD_WORDS; id++) {
        int l = at(t, LENS_AT + id);
        if (l < 0) return -1;
        if ((size_t)l == len) {
            bool ok = true;
            for (size_t j = 0; j < len && ok; j++) ok = (int)upper(w[j]) == at(t, LEXICON_AT + a + j);
            if (ok) return (int32_t)id;
        }
        a += (size_t)l;
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

static int32_t lookup_phrase(BView t, const uint8_t *name, size_t len) {
    uint8_t enc[2 * UNICODE_UCD_NAME_MAX];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != ' ') continue;
        if (i == start) return -1;  // empty word: leading, trailing or double space
        int32_t id = word_id(t, &name[start], i - start);
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
        int pl = phrase_byte(t, pos);
        if (pl < 0) return -1;
        size_t plen = (size_t)pl;
        if (plen > UCD_PHRASES_LEN - pos - 1) return -1;
        if (plen == n) {
            bool ok = true;
            for (size_t j = 0; j < n && ok; j++) ok = phrase_byte(t, pos + 1 + j) == enc[j];
            if (ok) return phrase_cp(k);
        }
        pos += 1 + plen;
        k++;
    }
    return -1;
}

int32_t unicode_ucd_lookup(BView names, const uint8_t *name, size_t len) {
    if (len == 0 || len > UNICODE_UCD_NAME_MAX) return -1;
    if (has_prefix(name, len, hangul_prefix, false)) {
        int32_t cp = lookup_hangul(name, len);
        if (cp >= 0) return cp;
    }
    int32_t cp = lookup_ranges(name, len);
    if (cp >= 0) return cp;
    return lookup_phrase(names, name, len);
}

// What a code point outside the tables has: category Cn, no bidi class, width N.
static const UcdRecord unassigned = {0, 0, 0, 5, 0};

KStatus unicode_ucd_props(Heap *h, BView *out) {
    if (h->ucd_props != NULL) {
        out->p = h->ucd_props;
        out->n = UCD_PROPS_LEN;
        return K_OK;
    }
    uint8_t *p = heap_alloc(h, UCD_PROPS_LEN, HEAP_RAW);
    if (p == NULL) return K_NOMEM;
    BView z = {unicode_ucd_props_z, UCD_PROPS_Z_LEN};
    KStatus s = lz_decode(z, p, UCD_PROPS_LEN);
    if (s != K_OK) return s;
    // Cached only when it can be a root: the heap would otherwise collect it.
    if (heap_add_root(h, (Value)(uintptr_t)p)) h->ucd_props = p;
    out->p = p;
    out->n = UCD_PROPS_LEN;
    return K_OK;
}

// Element [i] of the little-endian array of [len] elements of [width] bytes at [at] in
// the property tables [db], or -1 when outside the array or the view.
static int64_t elem(BView db, size_t at, size_t len, size_t width, size_t i) {
    if (i >= len) return -1;
    size_t off = at + i * width; // i < len, a table length: no overflow
    if (off > db.n || width > db.n - off) return -1;
    uint32_t v = 0;
    for (size_t k = 0; k < width; k++) v |= (uint32_t)db.p[off + k] << (8 * k);
    return v;
}

// The arrays' lengths under the names of their offsets.
#define UCD_DECOMP_LEN UCD_DECOMP_DATA_LEN
#define UCD_NUMERIC_CPS_LEN UCD_NUMERIC_LEN
#define UCD_NUMERIC_OF_LEN UCD_NUMERIC_LEN
#define U8(db, name, i) elem(db, UCD_P_##name##_AT, UCD_##name##_LEN, 1, i)
#define U16(db, name, i) elem(db, UCD_P_##name##_AT, UCD_##name##_LEN, 2, i)
#define U32(db, name, i) elem(db, UCD_P_##name##_AT, UCD_##name##_LEN, 4, i)
// Word [i] of the COMP triples.
#define COMP(db, i) elem(db, UCD_P_COMP_AT, 3 * (size_t)UCD_COMP_LEN, 4, i)

// The index2 block of [cp] (<= UCD_MAX_CP) in the property table: through the BMP
// shortcut or the first two levels (tools/gen_unicode.py), -1 when outside the tables.
static int64_t block2(BView db, uint32_t cp) {
    if (cp < 0x10000u) return U16(db, BMP, (size_t)(cp >> UCD_SHIFT2));
    int64_t b1 = U8(db, INDEX0, (size_t)(cp >> (UCD_SHIFT1 + UCD_SHIFT2)));
    if (b1 < 0) return -1;
    size_t mask1 = ((size_t)1 << UCD_SHIFT1) - 1;
    return U16(db, INDEX1, ((size_t)b1 << UCD_SHIFT1) | ((cp >> UCD_SHIFT2) & mask1));
}

// The same for the decomposition table.
static int64_t dblock2(BView db, uint32_t cp) {
    if (cp < 0x10000u) return U16(db, DBMP, (size_t)(cp >> UCD_DSHIFT2));
    int64_t b1 = U8(db, DINDEX0, (size_t)(cp >> (UCD_DSHIFT1 + UCD_DSHIFT2)));
    if (b1 < 0) return -1;
    size_t mask1 = ((size_t)1 << UCD_DSHIFT1) - 1;
    return U16(db, DINDEX1, ((size_t)b1 << UCD_DSHIFT1) | ((cp >> UCD_DSHIFT2) & mask1));
}

static const UcdRecord *record(BView db, uint32_t cp) {
    if (cp > UCD_MAX_CP) return &unassigned;
    int64_t b2 = block2(db, cp);
    if (b2 < 0) return &unassigned;
    size_t mask2 = ((size_t)1 << UCD_SHIFT2) - 1;
    int64_t r = U8(db, INDEX2, ((size_t)b2 << UCD_SHIFT2) | ((size_t)cp & mask2));
    if (r < 0 || r >= UCD_RECORDS_LEN) return &unassigned;
    return &unicode_ucd_records[r];
}

const char *unicode_ucd_category(BView db, uint32_t cp) {
    size_t c = record(db, cp)->category;
    return c < UCD_CATEGORIES ? unicode_ucd_categories[c] : "Cn";
}

const char *unicode_ucd_bidirectional(BView db, uint32_t cp) {
    size_t c = record(db, cp)->bidi;
    return c < UCD_BIDI_CLASSES ? unicode_ucd_bidi[c] : "";
}

const char *unicode_ucd_east_asian_width(BView db, uint32_t cp) {
    size_t c = record(db, cp)->eaw;
    return c < UCD_EAW_CLASSES ? unicode_ucd_eaw[c] : "N";
}

int unicode_ucd_combining(BView db, uint32_t cp) { return record(db, cp)->combining; }

bool unicode_ucd_mirrored(BView db, uint32_t cp) { return record(db, cp)->mirrored != 0; }

// 1 + the offset of the decomposition of [cp] in the DECOMP array, 0 when none (or -1).
static int64_t decomp_entry(BView db, uint32_t cp) {
    if (cp > UCD_MAX_CP) return 0;
    int64_t b2 = dblock2(db, cp);
    if (b2 < 0) return -1;
    size_t mask2 = ((size_t)1 << UCD_DSHIFT2) - 1;
    return U16(db, DINDEX2, ((size_t)b2 << UCD_DSHIFT2) | ((size_t)cp & mask2));
}

size_t unicode_ucd_decomposition(BView db, uint32_t cp, uint32_t out[UNICODE_UCD_DECOMP_MAX],
                                 const char **tag) {
    *tag = "";
    int64_t e = decomp_entry(db, cp);
    if (e <= 0) return 0;
    size_t pos = (size_t)e - 1;
    int64_t head = U16(db, DECOMP, pos);
    pos++;
    if (head < 0) return 0;
    size_t n = (size_t)head & 0xFFu, t = (size_t)head >> 8;
    if (n > UNICODE_UCD_DECOMP_MAX || t >= UCD_TAGS) return 0;
    // The code points are stored in UTF-16.
    for (size_t i = 0; i < n; i++) {
        int64_t u = U16(db, DECOMP, pos);
        pos++;
        if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return 0;
        if (u >= 0xD800 && u < 0xDC00) {
            int64_t lo = U16(db, DECOMP, pos);
            pos++;
            if (lo < 0xDC00 || lo > 0xDFFF) return 0;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        }
        out[i] = (uint32_t)u;
    }
    *tag = unicode_ucd_tags[t];
    return n;
}

bool unicode_ucd_is_second(uint32_t cp) {
    size_t lo = 0, hi = UCD_COMP_SECONDS;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t c = unicode_ucd_comp_seconds[mid];
        if (c == cp) return true;
        if (c < cp) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

int32_t unicode_ucd_compose(BView db, uint32_t first, uint32_t second) {
    if (!unicode_ucd_is_second(second)) return -1; // most pairs tried: no table read
    // COMP holds (first, second, composite) triples sorted by their pair.
    size_t lo = 0, hi = UCD_COMP_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int64_t f = COMP(db, 3 * mid), s = COMP(db, 3 * mid + 1);
        if (f < 0 || s < 0) return -1;
        if (f < (int64_t)first || (f == (int64_t)first && s < (int64_t)second)) {
            lo = mid + 1;
        } else if (f == (int64_t)first && s == (int64_t)second) {
            int64_t c = COMP(db, 3 * mid + 2);
            return c < 0 || c > UCD_MAX_CP ? -1 : (int32_t)c;
        } else {
            hi = mid;
        }
    }
    return -1;
}

bool unicode_ucd_numeric(BView db, uint32_t cp, int64_t *num, uint32_t *den) {
    size_t lo = 0, hi = UCD_NUMERIC_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int64_t c = U32(db, NUMERIC_CPS, mid);
        if (c < 0) return false;
        if (c < (int64_t)cp) {
            lo = mid + 1;
        } else if (c > (int64_t)cp) {
            hi = mid;
        } else {
            int64_t k = U8(db, NUMERIC_OF, mid);
            if (k < 0 || k >= UCD_NUMERIC_VALUES) return false;
            const UcdNumeric *v = &unicode_ucd_numeric_values[k];
            *num = v->num;
            *den = v->den == 0 ? 1 : v->den;
            return true;
        }
    }
    return false;
}
