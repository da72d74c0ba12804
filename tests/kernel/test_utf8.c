/*
 * test_utf8.c: the UTF-8 codec. Strict decoding reports CPython's error kinds and
 * ranges; every code point round-trips through encode/decode; internal text accepts lone
 * surrogates; counting, advancing and stepping back never leave the buffer, even on
 * malformed input.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/utf8.h"
#include "ktest.h"

static BView V(const char *s, size_t n) {
    BView v = {(const uint8_t *)s, n};
    return v;
}

// Checks the first error of [s] (n bytes): reason, position, length.
static void check_err(const char *s, size_t n, Utf8Err want, size_t pos, size_t len) {
    size_t nc, ep, el;
    Utf8Err e = utf8_validate(V(s, n), &nc, &ep, &el);
    CHECK(e == want);
    CHECK(ep == pos);
    CHECK(el == len);
}

int main(void) {
    // ASCII fast path across word boundaries.
    char buf[40];
    for (size_t n = 0; n < 33; n++) {
        memset(buf, 'a', sizeof buf);
        CHECK(utf8_is_ascii(V(buf, n)));
        for (size_t k = 0; k < n; k++) {
            buf[k] = (char)0x80;
            CHECK(!utf8_is_ascii(V(buf, n)));
            buf[k] = 'a';
        }
        buf[n] = (char)0xff; // just past the view: must not be seen
        CHECK(utf8_is_ascii(V(buf, n)));
    }
    CHECK(utf8_is_ascii(V(NULL, 0)));

    // Valid text: counts.
    size_t nc, ep, el;
    const char *ok = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
    CHECK(utf8_validate(V(ok, strlen(ok)), &nc, &ep, &el) == UTF8_OK);
    CHECK(nc == 5);
    CHECK(utf8_count(V(ok, strlen(ok))) == 5);

    // CPython's error ranges (see bytes.decode in 3.11).
    check_err("\xff", 1, UTF8_BAD_START, 0, 1);
    check_err("\x80", 1, UTF8_BAD_START, 0, 1);
    check_err("\xc0\x80", 2, UTF8_BAD_START, 0, 1);
    check_err("\xc1\xbf", 2, UTF8_BAD_START, 0, 1);
    check_err("\xf5\x80\x80\x80", 4, UTF8_BAD_START, 0, 1);
    check_err("\xe2\x82", 2, UTF8_TRUNCATED, 0, 2);
    check_err("\xe2\x82" "A", 3, UTF8_BAD_CONT, 0, 2);
    check_err("\xe2" "A", 2, UTF8_BAD_CONT, 0, 1);
    check_err("\xed\xa0\x80", 3, UTF8_BAD_CONT, 0, 1);   // surrogate
    check_err("\xe0\x80\x80", 3, UTF8_BAD_CONT, 0, 1);   // overlong
    check_err("\xf0\x80\x80\x80", 4, UTF8_BAD_CONT, 0, 1);
    check_err("\xf4\x90\x80\x80", 4, UTF8_BAD_CONT, 0, 1); // > U+10FFFF
    check_err("\xf0\x9f\x98", 3, UTF8_TRUNCATED, 0, 3);
    check_err("\xf0\x9f" "A", 3, UTF8_BAD_CONT, 0, 2);
    check_err("\xf0\x9f\x98" "A", 4, UTF8_BAD_CONT, 0, 3);
    check_err("a\xf0\x9f\x98\x80\xf0", 6, UTF8_TRUNCATED, 5, 1);
    check_err("\xe2", 1, UTF8_TRUNCATED, 0, 1);
    check_err("\xed\xa0", 2, UTF8_BAD_CONT, 0, 1);
    check_err("abcdefghijkl\xff", 13, UTF8_BAD_START, 12, 1);
    CHECK(strcmp(utf8_err_reason(UTF8_BAD_CONT), "invalid continuation byte") == 0);
    CHECK(strcmp(utf8_err_reason(UTF8_BAD_START), "invalid start byte") == 0);
    CHECK(strcmp(utf8_err_reason(UTF8_TRUNCATED), "unexpected end of data") == 0);

    // decode_strict out of range.
    uint32_t cp;
    size_t len;
    CHECK(utf8_decode_strict(V("a", 1), 1, &cp, &len) == UTF8_TRUNCATED && len == 0);

    // Every code point round-trips; surrogates only as internal text.
    for (uint32_t c = 0; c <= UTF8_MAX_CP; c++) {
        uint8_t out[4];
        size_t n = utf8_encode(c, out);
        CHECK(n == utf8_cp_len(c));
        if (n == 0 || n > 4) break;
        BView v = {out, n};
        Utf8Err e = utf8_decode_strict(v, 0, &cp, &len);
        if (utf8_is_surrogate(c)) {
            if (e == UTF8_OK) CHECK(!"surrogate accepted");
            if (!utf8_is_internal(v)) CHECK(!"surrogate not internal");
        } else if (e != UTF8_OK || cp != c || len != n) {
            CHECK(!"round trip");
            break;
        }
        size_t l2;
        if (utf8_get(v, 0, &l2) != c || l2 != n) {
            CHECK(!"utf8_get");
            break;
        }
    }
    uint8_t out4[4];
    CHECK(utf8_encode(0x110000, out4) == 0);
    CHECK(utf8_cp_len(0x110000) == 0);

    // Internal text: surrogates yes, other malformations no.
    CHECK(utf8_is_internal(V("\xed\xa0\x80x\xed\xbf\xbf", 7)));
    CHECK(!utf8_is_internal(V("\xc0\x80", 2)));
    CHECK(!utf8_is_internal(V("\xed\xa0", 2)));
    CHECK(!utf8_is_internal(V("\xff", 1)));

    // utf8_get on malformed bytes never overreads.
    CHECK(utf8_get(V("\xe2\x82", 2), 0, &len) == UTF8_REPLACEMENT && len == 1);
    CHECK(utf8_get(V("\xe2\x82", 2), 5, &len) == 0 && len == 0);

    // Offsets.
    BView t = V(ok, strlen(ok)); // a é € 😀 z: offsets 0 1 3 6 10 11
    CHECK(utf8_offset(t, 0) == 0);
    CHECK(utf8_offset(t, 1) == 1);
    CHECK(utf8_offset(t, 2) == 3);
    CHECK(utf8_offset(t, 3) == 6);
    CHECK(utf8_offset(t, 4) == 10);
    CHECK(utf8_offset(t, 5) == 11);
    CHECK(utf8_offset(t, 99) == 11);
    CHECK(utf8_advance(t, 3, 2) == 10);
    CHECK(utf8_advance(t, 11, 2) == 11);
    CHECK(utf8_advance(t, 50, 1) == 11);
    CHECK(utf8_prev(t, 11) == 10);
    CHECK(utf8_prev(t, 10) == 6);
    CHECK(utf8_prev(t, 6) == 3);
    CHECK(utf8_prev(t, 3) == 1);
    CHECK(utf8_prev(t, 1) == 0);
    CHECK(utf8_prev(t, 0) == 0);
    CHECK(utf8_prev(t, 99) == 10);
    // Malformed: a run of continuation bytes steps back at most 3 bytes at a time.
    BView junk = V("\x80\x80\x80\x80\x80", 5);
    CHECK(utf8_prev(junk, 5) == 1);
    CHECK(utf8_count(junk) == 0);
    CHECK(utf8_advance(junk, 0, 1) == 5);

    // Buffers.
    size_t rs = heap_region_size(8);
    uint8_t *region = mmap(NULL, rs, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED);
    Heap h;
    CHECK(heap_init(&h, region, rs));
    h.inhibit = 1;
    Buf b;
    buf_init(&b);
    CHECK(utf8_buf_push(&h, &b, 'a') == K_OK);
    CHECK(utf8_buf_push(&h, &b, 0xE9) == K_OK);
    CHECK(utf8_buf_push(&h, &b, 0x1F600) == K_OK);
    CHECK(utf8_buf_push(&h, &b, 0x110000) == K_INVALID);
    CHECK(b.len == 7);
    CHECK(memcmp(b.data, "a\xc3\xa9\xf0\x9f\x98\x80", 7) == 0);
    Buf l;
    buf_init(&l);
    CHECK(utf8_buf_from_latin1(&h, &l, V("A\xe9\xff", 3)) == K_OK);
    CHECK(l.len == 5 && memcmp(l.data, "A\xc3\xa9\xc3\xbf", 5) == 0);
    CHECK(utf8_validate(buf_view(&l), &nc, &ep, &el) == UTF8_OK && nc == 3);
    return ktest_done();
}
