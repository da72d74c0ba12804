/*
 * eva_unicode_ucd.c: Frama-C Eva driver for kernel/unicode_ucd.c (the unicodedata tables:
 * names <-> code points, properties, decompositions, composition, numeric values).
 * unicode_ucd.h promises that every function accepts any uint32_t and any name bytes,
 * reads the tables only at checked indices whatever they hold, and writes output buffers
 * only below the capacity given. The driver therefore runs every lookup on table views
 * of unknown bytes (any table contents, so a mis-generated or corrupted table is
 * covered too): of exactly the decompressed size, one byte short, and tiny (0..3 bytes),
 * each its own object of exactly that size; on every uint32_t code point; names of unknown
 * bytes of every length 0..L and of the longest lengths (88, 89), and names starting
 * with the algorithmic prefixes ("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-" and
 * lowercased) followed by unknown bytes; name outputs of capacity 0, 1, 16, 87 and 88.
 * The decompression itself (lz_decode of the 116 KB name stream) is eva_lz's subject:
 * here unicode_ucd_names/props run with the cached tables and with a heap that fails
 * (eva_heap_stub.h returns NULL for such sizes), so lz.c is not part of the run.
 * Gated: tables, props, decomposition. The name units (name, lookup, lookup_prefixed)
 * did not finish on the loaded machine (docs/notes/verify13.md).
 * Run: sh tools/verify.sh eva_unicode_ucd (every unit) or eva_unicode_ucd.NAME (one)
 */
#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/unicode_ucd.h"
#include "kernel/unicode_ucd_db.h"

/* unicode_ucd.c's layout of the decompressed name tables (NAMES_TOTAL there). */
#define NAMES_BYTES ((size_t)UCD_NAMES_LEN + 4u * (UCD_WORDS + 1u))
/* Name lengths 0..L with unknown bytes, each length its own object. */
#define L 6

static Heap heap;

/* heap.c's root registration: the cached tables may or may not become roots. */
bool heap_add_root(Heap *h, Value v) {
    (void)h;
    (void)v;
    return Frama_C_nondet(0, 1);
}

/* A view of [n] unknown bytes in an object of exactly [n] bytes ({NULL, 0} for 0). */
static BView unknown_view(size_t n) {
    BView v = {NULL, 0};
    if (n == 0) return v;
    uint8_t *p = malloc(n);
    if (p == NULL) return v;
    Frama_C_make_unknown((char *)p, n);
    v.p = p;
    v.n = n;
    return v;
}

/* The sizes the table views are tried with: [exact] (the decompressed tables), one byte
 * short, and 0..3. The caller splits on the result, so that each size is a state of its
 * own (joined, a view's pointer and length would not stay related). */
static size_t table_size(size_t exact) {
    switch (Frama_C_nondet(0, 1) + Frama_C_nondet(0, 1)) {
        case 0: return exact;
        case 1: return exact - 1;
        default: return Frama_C_size_t_interval(0, 3);
    }
}

static uint32_t any_cp(void) { return Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu); }

/* unicode_ucd_name into an output of exactly [cap] bytes. */
static void name_into(BView t, uint32_t cp, size_t cap) {
    uint8_t *out = malloc(cap > 0 ? cap : 1);
    if (out == NULL) return;
    size_t n = unicode_ucd_name(t, cp, out, cap);
    //@ assert fits: n <= cap;
    free(out);
}

static void t_name(void) {
    size_t tn;
    BView t;
    tn = table_size(NAMES_BYTES);
    //@ split tn;
    t = unknown_view(tn);
    uint32_t cp = any_cp();
    name_into(t, cp, 0);
    name_into(t, cp, 1);
    name_into(t, cp, 16);
    name_into(t, cp, UNICODE_UCD_NAME_MAX - 1);
    name_into(t, cp, UNICODE_UCD_NAME_MAX);
}

/* unicode_ucd_lookup on [prefix] (NUL-terminated, plen bytes) followed by [k] unknown
 * bytes, in an object of exactly plen + k bytes. */
static void lookup_of(BView t, const char *prefix, size_t plen, size_t k) {
    size_t n = plen + k;
    uint8_t *p = malloc(n > 0 ? n : 1);
    if (p == NULL) return;
    for (size_t i = 0; i < plen; i++) p[i] = (uint8_t)prefix[i];
    Frama_C_make_unknown((char *)p + plen, k);
    int32_t cp = unicode_ucd_lookup(t, p, n);
    //@ assert range: -1 <= cp <= 0x10FFFF;
    free(p);
}

static void t_lookup(void) {
    size_t tn;
    BView t;
    tn = table_size(NAMES_BYTES);
    //@ split tn;
    t = unknown_view(tn);
    size_t k;
    k = Frama_C_size_t_interval(0, L);
    //@ split k;
    lookup_of(t, "", 0, k);
    k = Frama_C_size_t_interval(UNICODE_UCD_NAME_MAX - 1, UNICODE_UCD_NAME_MAX + 1);
    //@ split k;
    lookup_of(t, "", 0, k);
}

/* The algorithmic names' prefixes, exact and folded, followed by 0..8 unknown bytes
 * (truncated prefixes, bad or too many hex digits, unknown jamo). */
static void t_lookup_prefixed(void) {
    size_t tn;
    BView t;
    tn = table_size(NAMES_BYTES);
    //@ split tn;
    t = unknown_view(tn);
    size_t k;
    k = Frama_C_size_t_interval(0, 8);
    //@ split k;
    lookup_of(t, "HANGUL SYLLABLE ", 16, k);
    lookup_of(t, "hangul syllable ", 16, k);
    lookup_of(t, "CJK UNIFIED IDEOGRAPH-", 22, k);
    lookup_of(t, "cjk unified ideograph-", 22, k);
    lookup_of(t, "CJK UNIFIED IDEOGRAPH", 21, k);
    lookup_of(t, "CJK COMPATIBILITY IDEOGRAPH-", 28, k);
    lookup_of(t, "KHITAN SMALL SCRIPT CHARACTER-", 30, k);
    lookup_of(t, "NUSHU CHARACTER-", 16, k);
}

static void t_props(void) {
    size_t dn;
    BView db;
    dn = table_size(UCD_PROPS_LEN);
    //@ split dn;
    db = unknown_view(dn);
    uint32_t cp = any_cp();
    const char *s = unicode_ucd_category(db, cp);
    //@ assert valid_category: \valid_read(s);
    s = unicode_ucd_bidirectional(db, cp);
    //@ assert valid_bidi: \valid_read(s);
    s = unicode_ucd_east_asian_width(db, cp);
    //@ assert valid_eaw: \valid_read(s);
    int c = unicode_ucd_combining(db, cp);
    //@ assert combining: 0 <= c <= 255;
    (void)unicode_ucd_mirrored(db, cp);
    int64_t num;
    uint32_t den;
    if (unicode_ucd_numeric(db, cp, &num, &den)) {
        //@ assert den: den >= 1;
    }
    (void)unicode_ucd_is_second(cp);
    int32_t r = unicode_ucd_compose(db, cp, any_cp());
    //@ assert composite: -1 <= r <= 0x10FFFF;
}

static void t_decomposition(void) {
    size_t dn;
    BView db;
    dn = table_size(UCD_PROPS_LEN);
    //@ split dn;
    db = unknown_view(dn);
    uint32_t *out = malloc(UNICODE_UCD_DECOMP_MAX * sizeof(uint32_t));
    if (out == NULL) return;
    const char *tag;
    size_t n = unicode_ucd_decomposition(db, any_cp(), out, &tag);
    //@ assert decomp: n <= UNICODE_UCD_DECOMP_MAX;
    //@ assert valid_tag: \valid_read(tag);
    free(out);
}

/* The table getters: cached (a table of its exact size), or the heap cannot hold them. */
static void t_tables(void) {
    const char *v = unicode_ucd_version();
    //@ assert valid_version: \valid_read(v);
    BView a, b;
    if (Frama_C_nondet(0, 1)) {
        heap.ucd_names = unknown_view(NAMES_BYTES).p;
        heap.ucd_props = unknown_view(UCD_PROPS_LEN).p;
    }
    if (unicode_ucd_names(&heap, &a) == K_OK) {
        //@ assert names_size: a.n == NAMES_BYTES;
    }
    if (unicode_ucd_props(&heap, &b) == K_OK) {
        //@ assert props_size: b.n == UCD_PROPS_LEN;
    }
}

/* The gate units (eva_unit.h). */
EVA_UNIT(eva_unicode_ucd, name, t_name())
EVA_UNIT(eva_unicode_ucd, lookup, t_lookup())
EVA_UNIT(eva_unicode_ucd, lookup_prefixed, t_lookup_prefixed())
EVA_UNIT(eva_unicode_ucd, props, t_props())
EVA_UNIT(eva_unicode_ucd, decomposition, t_decomposition())
EVA_UNIT(eva_unicode_ucd, tables, t_tables())
