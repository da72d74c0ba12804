/*
 * fuzz_dtoa.c: libFuzzer harness for kernel/dtoa.c. For a double taken from the input:
 * the shortest digits read back to the same value; 'e' and 'f' digit strings fit the
 * capacity dtoa_digits_cap promised (output arrays are malloc'd to exactly that size) and
 * 17 significant digits read back exactly. Input text accepted by dtoa_parse must give
 * what glibc's (correctly rounded) strtod gives; any other text is K_INVALID.
 */
#include <stdio.h>

#include "fuzz_kernel.h"

#include "../../src/kernel/dtoa.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static double parse_digits(Heap *h, const uint8_t *dg, size_t nd, int decpt) {
    char txt[1200];
    FZ_CHECK(nd < 1100);
    size_t n = 0;
    txt[n++] = '0';
    txt[n++] = '.';
    if (nd) memcpy(txt + n, dg, nd);
    n += nd;
    if (nd == 0) txt[n++] = '0';
    n += (size_t)snprintf(txt + n, sizeof txt - n, "e%d", decpt);
    double r;
    FZ_CHECK(dtoa_parse(h, (const uint8_t *)txt, n, &r) == K_OK);
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Heap *h = fz_heap(__builtin_frame_address(0));
    FzIn in = {data, size};
    uint64_t bits = fz_u64(&in, 8);
    double d;
    memcpy(&d, &bits, sizeof d);
    double ad = d < 0 ? -d : d;
    bool finite = d == d && d - d == 0;
    size_t nd;
    int decpt;
    uint8_t *out = malloc(DTOA_SHORTEST_CAP);
    KStatus st = dtoa_shortest(h, d, out, DTOA_SHORTEST_CAP, &nd, &decpt);
    if (!finite) {
        FZ_CHECK(st == K_INVALID);
    } else {
        FZ_CHECK(st == K_OK && nd >= 1 && nd <= 17);
        FZ_CHECK(parse_digits(h, out, nd, decpt) == ad);
    }
    FZ_CHECK(dtoa_shortest(h, d, out, DTOA_SHORTEST_CAP - 1, &nd, &decpt) == K_RANGE);
    free(out);

    uint8_t sel = fz_u8(&in);
    char mode = sel & 1 ? 'f' : 'e';
    int64_t ndig = sel & 2 ? (int64_t)fz_u64(&in, 8) : (int64_t)(fz_u64(&in, 2) % 1100);
    if (mode == 'e' && ndig < 1) ndig = 1 + (ndig & 31);
    if (ndig < 0) ndig = (int64_t)((0u - (uint64_t)ndig) & 0xffff); // no overflow at INT64_MIN
    size_t cap = dtoa_digits_cap(d, mode, ndig);
    if (finite && cap > 0 && cap < 100000) {
        out = malloc(cap);
        st = dtoa_digits(h, d, mode, ndig, out, cap, &nd, &decpt);
        FZ_CHECK(st == K_OK || st == K_NOMEM);
        if (st == K_OK) {
            FZ_CHECK(nd <= cap);
            if (mode == 'e') FZ_CHECK(nd >= 1 && (int64_t)nd <= ndig);
            if (mode == 'e' && ndig >= 17 && nd < 1100) FZ_CHECK(parse_digits(h, out, nd, decpt) == ad);
        }
        free(out);
    }

    // text: the rest of the input
    size_t tl;
    const uint8_t *t = fz_bytes(&in, 200, &tl);
    double r;
    st = dtoa_parse(h, t, tl, &r);
    FZ_CHECK(st == K_OK || st == K_INVALID || st == K_NOMEM);
    if (st == K_OK) {
        char buf[256];
        memcpy(buf, t, tl);
        buf[tl] = 0;
        char *end;
        double g = strtod(buf, &end);
        FZ_CHECK(end == buf + tl);
        FZ_CHECK(memcmp(&g, &r, sizeof g) == 0);
    }
    uint64_t q = fz_u64(&in, 8) | (uint64_t)1 << 55;
    int64_t e = (int64_t)(int16_t)fz_u64(&in, 2);
    double x = dtoa_round_scaled(q, fz_u8(&in) & 1, e);
    FZ_CHECK(x >= 0);
    return 0;
}
