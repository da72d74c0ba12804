/*
 * test_unicode_ucd.c: the Unicode character database (kernel/unicode_ucd.h): names both
 * ways (stored, algorithmic ranges, Hangul), case rules of lookup, properties,
 * decompositions, compositions, numeric values, and hostile inputs (huge code points,
 * small buffers, long or malformed names).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/unicode_ucd.h"
#include "ktest.h"

static BView T; // the name tables (unicode_ucd_names)

static int32_t look(const char *s) { return unicode_ucd_lookup(T, (const uint8_t *)s, strlen(s)); }

static int name_is(uint32_t cp, const char *want) {
    uint8_t buf[UNICODE_UCD_NAME_MAX];
    size_t n = unicode_ucd_name(T, cp, buf, sizeof buf);
    return n == strlen(want) && memcmp(buf, want, n) == 0;
}

int main(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED);
    Heap *h = calloc(1, sizeof *h);
    CHECK(heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    CHECK(h->ucd_names == NULL);
    CHECK(unicode_ucd_names(h, &T) == K_OK);
    // Decompressed once, then cached on the heap and kept by a collection.
    CHECK(h->ucd_names == T.p);
    BView again;
    CHECK(unicode_ucd_names(h, &again) == K_OK && again.p == T.p && again.n == T.n);
    T.p = NULL;
    again.p = NULL;
    for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 20000; k++) (void)heap_alloc(h, 200, HEAP_RAW);
        heap_collect(h);
    }
    CHECK(unicode_ucd_names(h, &T) == K_OK && T.p == h->ucd_names);
    // A view too short for the tables gives "no name", never a read outside it.
    BView cut = {T.p, 1000};
    uint8_t nb[UNICODE_UCD_NAME_MAX];
    CHECK(unicode_ucd_name(cut, 0x2603, nb, sizeof nb) == 0);
    CHECK(unicode_ucd_lookup(cut, (const uint8_t *)"SNOWMAN", 7) == -1);
    CHECK(unicode_ucd_name(cut, 0xAC01, nb, sizeof nb) == 19); // Hangul: no table needed

    CHECK(strcmp(unicode_ucd_version(), "14.0.0") == 0);
    CHECK(name_is('a', "LATIN SMALL LETTER A"));
    CHECK(name_is(0x2603, "SNOWMAN"));
    CHECK(name_is(0xAC01, "HANGUL SYLLABLE GAG"));
    CHECK(name_is(0x4E00, "CJK UNIFIED IDEOGRAPH-4E00"));
    CHECK(name_is(0x20000, "CJK UNIFIED IDEOGRAPH-20000"));
    CHECK(name_is(0x0F0A, "TIBETAN MARK BKA- SHOG YIG MGO"));
    uint8_t small[4];
    CHECK(unicode_ucd_name(T, 'a', small, sizeof small) == 0);
    CHECK(unicode_ucd_name(T, 0, small, sizeof small) == 0);      // controls have no name
    CHECK(unicode_ucd_name(T, 0x110000, small, sizeof small) == 0);
    CHECK(unicode_ucd_name(T, 0xFFFFFFFFu, small, sizeof small) == 0);

    CHECK(look("LATIN SMALL LETTER A") == 'a');
    CHECK(look("latin small letter a") == 'a');
    CHECK(look("LATIN SMALL LETTER A ") == -1);
    CHECK(look(" LATIN SMALL LETTER A") == -1);
    CHECK(look("LATIN  SMALL LETTER A") == -1);
    CHECK(look("HANGUL SYLLABLE GAG") == 0xAC01);
    CHECK(look("hangul syllable gag") == -1);
    CHECK(look("HANGUL SYLLABLE ") == -1);
    CHECK(look("CJK UNIFIED IDEOGRAPH-4E00") == 0x4E00);
    CHECK(look("CJK UNIFIED IDEOGRAPH-04E00") == 0x4E00);
    CHECK(look("CJK UNIFIED IDEOGRAPH-4e00") == -1);
    CHECK(look("CJK UNIFIED IDEOGRAPH-0041") == -1);
    CHECK(look("NUSHU CHARACTER-1b170") == 0x1B170);
    CHECK(look("") == -1);
    CHECK(look("\xff\xfe") == -1);
    char longname[300];
    memset(longname, 'A', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    CHECK(look(longname) == -1);

    // The property tables: decompressed once, cached on the heap, kept by a collection.
    BView P;
    CHECK(h->ucd_props == NULL);
    CHECK(unicode_ucd_props(h, &P) == K_OK && h->ucd_props == P.p);
    P.p = NULL;
    heap_collect(h);
    CHECK(unicode_ucd_props(h, &P) == K_OK && P.p == h->ucd_props);
    // A view too short for the tables (or empty) gives "no data", never a read outside it.
    BView pcut = {P.p, 100};
    BView none = {NULL, 0};
    CHECK(strcmp(unicode_ucd_category(pcut, 0x5D0), "Cn") == 0);
    CHECK(strcmp(unicode_ucd_category(none, 'A'), "Cn") == 0);
    CHECK(unicode_ucd_combining(none, 0x301) == 0);
    uint32_t dd[UNICODE_UCD_DECOMP_MAX];
    const char *dtag;
    CHECK(unicode_ucd_decomposition(pcut, 0xE9, dd, &dtag) == 0 && dtag[0] == 0);
    CHECK(unicode_ucd_compose(pcut, 'e', 0x301) == -1);
    int64_t n0;
    uint32_t d0;
    CHECK(!unicode_ucd_numeric(none, '7', &n0, &d0));
    // Astral decompositions (stored as UTF-16 surrogate pairs) and compositions.
    CHECK(unicode_ucd_decomposition(P, 0x2FA1D, dd, &dtag) == 1 && dd[0] == 0x2A600);
    CHECK(unicode_ucd_decomposition(P, 0x1D15E, dd, &dtag) == 2 && dd[0] == 0x1D157 &&
          dd[1] == 0x1D165);
    CHECK(unicode_ucd_compose(P, 0x11099, 0x110BA) == 0x1109A);
    CHECK(unicode_ucd_decomposition(P, 0x10FFFF, dd, &dtag) == 0);
    CHECK(unicode_ucd_decomposition(P, 0xFFFFFFFFu, dd, &dtag) == 0);

    CHECK(strcmp(unicode_ucd_category(P, 'A'), "Lu") == 0);
    CHECK(strcmp(unicode_ucd_category(P, 0x378), "Cn") == 0);
    CHECK(strcmp(unicode_ucd_category(P, 0x110000), "Cn") == 0);
    CHECK(strcmp(unicode_ucd_bidirectional(P, 0x5D0), "R") == 0);
    CHECK(strcmp(unicode_ucd_bidirectional(P, 0x378), "") == 0);
    CHECK(strcmp(unicode_ucd_east_asian_width(P, 0xFF21), "F") == 0);
    CHECK(unicode_ucd_combining(P, 0x301) == 230);
    CHECK(unicode_ucd_mirrored(P, '(') && !unicode_ucd_mirrored(P, 'a'));

    uint32_t d[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    CHECK(unicode_ucd_decomposition(P, 0xE9, d, &tag) == 2 && d[0] == 'e' && d[1] == 0x301 && tag[0] == 0);
    CHECK(unicode_ucd_decomposition(P, 0xFB01, d, &tag) == 2 && strcmp(tag, "<compat>") == 0);
    CHECK(unicode_ucd_decomposition(P, 0xFDFA, d, &tag) == 18);
    CHECK(unicode_ucd_decomposition(P, 'a', d, &tag) == 0);
    CHECK(unicode_ucd_decomposition(P, 0xAC00, d, &tag) == 0);
    CHECK(unicode_ucd_compose(P, 'e', 0x301) == 0xE9);
    CHECK(unicode_ucd_compose(P, 0x915, 0x93C) == -1); // composition exclusion (U+0958)
    CHECK(unicode_ucd_compose(P, 0xFFFFFFFFu, 0) == -1);
    // the seconds of canonical pairs (Hangul jamo are not in the tables)
    CHECK(unicode_ucd_is_second(0x301) && unicode_ucd_is_second(0x110BA));
    CHECK(!unicode_ucd_is_second('e') && !unicode_ucd_is_second(0x1161));
    CHECK(!unicode_ucd_is_second(0xFFFFFFFFu));

    int64_t num;
    uint32_t den;
    CHECK(unicode_ucd_numeric(P, 0xBD, &num, &den) && num == 1 && den == 2);
    CHECK(unicode_ucd_numeric(P, '7', &num, &den) && num == 7 && den == 1);
    CHECK(!unicode_ucd_numeric(P, 'a', &num, &den));
    free(h);
    munmap(region, size);
    return ktest_done();
}
