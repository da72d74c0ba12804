/*
 * eva_utf8.c: Frama-C Eva driver for kernel/utf8.c, kernel/siphash.c and kernel/unicode.c.
 * Every pure function runs on buffers of every length 0..N holding unknown bytes, at every
 * offset (including past the end), and the Unicode lookups on every uint32_t, so Eva
 * proves no out-of-bounds read, no overflow and no uninitialised read for all those
 * inputs. Run (see VERIFY.md):
 *   frama-c -eva -eva-precision 6 -eva-alloc-builtin fresh -eva-no-print \
 *     -eva-warn-key alarm=error -kernel-warn-key annot:missing-spec=error \
 *     -eva-warn-key builtins:missing-spec=error -cpp-extra-args=-Isrc \
 *     -main eva_utf8 tests/verify/eva_utf8.c src/kernel/utf8.c src/kernel/siphash.c \
 *     src/kernel/buf.c src/kernel/unicode.c src/kernel/unicode_db.c
 * and check that "eva_utf8: reached end" is printed.
 */
#include <stdlib.h>

#include "__fc_builtin.h"
#include "kernel/siphash.h"
#include "kernel/unicode.h"
#include "kernel/utf8.h"

#define N 6

void eva_utf8(void);

void eva_utf8(void) {
    size_t n;
    uint8_t *p;
    n = Frama_C_size_t_interval(0, N);
    //@ split n;
    p = malloc(n > 0 ? n : 1);
    if (p == NULL) return;
    Frama_C_make_unknown((char *)p, n);
    BView v = {p, n};

    (void)utf8_is_ascii(v);
    (void)utf8_is_internal(v);
    size_t nchars, epos, elen;
    (void)utf8_validate(v, &nchars, &epos, &elen);
    size_t cnt = utf8_count(v);
    //@ assert cnt <= n;

    size_t i = Frama_C_size_t_interval(0, N + 2);
    uint32_t cp;
    size_t len;
    (void)utf8_decode_strict(v, i, &cp, &len);
    uint32_t g = utf8_get(v, i, &len);
    (void)g;
    size_t k = Frama_C_size_t_interval(0, N + 2);
    size_t a = utf8_advance(v, i, k);
    //@ assert a <= n;
    size_t b = utf8_prev(v, i);
    //@ assert b <= n;
    size_t o = utf8_offset(v, k);
    //@ assert o <= n;

    uint32_t any = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
    uint8_t out[4];
    size_t el = utf8_encode(any, out);
    //@ assert el <= 4;
    (void)utf8_cp_len(any);
    (void)utf8_err_reason(UTF8_TRUNCATED);

    uint32_t m[UNICODE_MAX_MAP];
    size_t mn = unicode_to_upper(any, m) + unicode_to_lower(any, m) + unicode_to_title(any, m) +
                unicode_to_casefold(any, m);
    //@ assert mn <= 4 * UNICODE_MAX_MAP;
    int dv = unicode_decimal_value(any) + unicode_digit_value(any);
    //@ assert -2 <= dv <= 18;
    (void)(unicode_is_alpha(any) + unicode_is_decimal(any) + unicode_is_digit(any) +
           unicode_is_numeric(any) + unicode_is_alnum(any) + unicode_is_space(any) +
           unicode_is_printable(any) + unicode_is_upper(any) + unicode_is_lower(any) +
           unicode_is_title(any) + unicode_is_cased(any) + unicode_is_case_ignorable(any) +
           unicode_is_xid_start(any) + unicode_is_xid_continue(any) + unicode_is_linebreak(any));

    size_t kn;
    uint8_t *key;
    kn = Frama_C_size_t_interval(0, 20);
    //@ split kn;
    key = malloc(kn > 0 ? kn : 1);
    if (key == NULL) return;
    Frama_C_make_unknown((char *)key, kn);
    BView kv = {key, kn};
    (void)siphash13(kv, v);
    (void)siphash24(kv, v);
    Frama_C_show_each_reached_end(0);
}
