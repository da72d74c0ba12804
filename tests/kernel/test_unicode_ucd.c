/*
 * test_unicode_ucd.c: the Unicode character database (kernel/unicode_ucd.h): names both
 * ways (stored, algorithmic ranges, Hangul), case rules of lookup, properties,
 * decompositions, compositions, numeric values, and hostile inputs (huge code points,
 * small buffers, long or malformed names).
 */
#include <string.h>

#include "kernel/unicode_ucd.h"
#include "ktest.h"

static int32_t look(const char *s) { return unicode_ucd_lookup((const uint8_t *)s, strlen(s)); }

static int name_is(uint32_t cp, const char *want) {
    uint8_t buf[UNICODE_UCD_NAME_MAX];
    size_t n = unicode_ucd_name(cp, buf, sizeof buf);
    return n == strlen(want) && memcmp(buf, want, n) == 0;
}

int main(void) {
    CHECK(strcmp(unicode_ucd_version(), "14.0.0") == 0);
    CHECK(name_is('a', "LATIN SMALL LETTER A"));
    CHECK(name_is(0x2603, "SNOWMAN"));
    CHECK(name_is(0xAC01, "HANGUL SYLLABLE GAG"));
    CHECK(name_is(0x4E00, "CJK UNIFIED IDEOGRAPH-4E00"));
    CHECK(name_is(0x20000, "CJK UNIFIED IDEOGRAPH-20000"));
    CHECK(name_is(0x0F0A, "TIBETAN MARK BKA- SHOG YIG MGO"));
    uint8_t small[4];
    CHECK(unicode_ucd_name('a', small, sizeof small) == 0);
    CHECK(unicode_ucd_name(0, small, sizeof small) == 0);      // controls have no name
    CHECK(unicode_ucd_name(0x110000, small, sizeof small) == 0);
    CHECK(unicode_ucd_name(0xFFFFFFFFu, small, sizeof small) == 0);

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

    CHECK(strcmp(unicode_ucd_category('A'), "Lu") == 0);
    CHECK(strcmp(unicode_ucd_category(0x378), "Cn") == 0);
    CHECK(strcmp(unicode_ucd_category(0x110000), "Cn") == 0);
    CHECK(strcmp(unicode_ucd_bidirectional(0x5D0), "R") == 0);
    CHECK(strcmp(unicode_ucd_bidirectional(0x378), "") == 0);
    CHECK(strcmp(unicode_ucd_east_asian_width(0xFF21), "F") == 0);
    CHECK(unicode_ucd_combining(0x301) == 230);
    CHECK(unicode_ucd_mirrored('(') && !unicode_ucd_mirrored('a'));

    uint32_t d[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    CHECK(unicode_ucd_decomposition(0xE9, d, &tag) == 2 && d[0] == 'e' && d[1] == 0x301 && tag[0] == 0);
    CHECK(unicode_ucd_decomposition(0xFB01, d, &tag) == 2 && strcmp(tag, "<compat>") == 0);
    CHECK(unicode_ucd_decomposition(0xFDFA, d, &tag) == 18);
    CHECK(unicode_ucd_decomposition('a', d, &tag) == 0);
    CHECK(unicode_ucd_decomposition(0xAC00, d, &tag) == 0);
    CHECK(unicode_ucd_compose('e', 0x301) == 0xE9);
    CHECK(unicode_ucd_compose(0x915, 0x93C) == -1); // composition exclusion (U+0958)
    CHECK(unicode_ucd_compose(0xFFFFFFFFu, 0) == -1);

    int64_t num;
    uint32_t den;
    CHECK(unicode_ucd_numeric(0xBD, &num, &den) && num == 1 && den == 2);
    CHECK(unicode_ucd_numeric('7', &num, &den) && num == 7 && den == 1);
    CHECK(!unicode_ucd_numeric('a', &num, &den));
    return ktest_done();
}
