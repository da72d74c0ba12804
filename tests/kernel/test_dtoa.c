/*
 * test_dtoa.c: kernel/dtoa.c against CPython 3.11 (dtoa_vectors.h, made by
 * gen_dtoa_vectors.py): shortest round-trip digits for ~550 doubles (powers of two,
 * subnormals, random bit patterns), correctly rounded 'e' and 'f' digits, parsing with
 * overflow/underflow/halfway cases (exact ties, and ties broken by digit 900), and the
 * rejection of malformed text and small buffers.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/dtoa.h"
#include "ktest.h"

#include "dtoa_vectors.h"

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static bool same_digits(const uint8_t *got, size_t nd, const char *want) {
    return strlen(want) == nd && memcmp(got, want, nd) == 0;
}

int main(void) {
    static Heap heap;
    size_t size = (size_t)512 << 20;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED || !heap_init(&heap, region, size)) return 2;
    heap.inhibit = 1; // no stack base is registered: never collect during the test

    uint8_t out[DTOA_SHORTEST_CAP];
    size_t nd;
    int decpt;
    for (size_t i = 0; i < sizeof SHORT / sizeof SHORT[0]; i++) {
        double d = from_bits(SHORT[i].bits);
        CHECK(dtoa_shortest(&heap, d, out, sizeof out, &nd, &decpt) == K_OK);
        bool ok = same_digits(out, nd, SHORT[i].digits) && decpt == SHORT[i].decpt;
        CHECK(ok);
        if (!ok) fprintf(stderr, "  shortest %.17g: got %.*s e%d\n", d, (int)nd, (const char *)out, decpt);
        CHECK(dtoa_shortest(&heap, -d, out, sizeof out, &nd, &decpt) == K_OK);
        CHECK(same_digits(out, nd, SHORT[i].digits));
    }
    CHECK(dtoa_shortest(&heap, 1.0, out, 5, &nd, &decpt) == K_RANGE);
    CHECK(dtoa_shortest(&heap, INFINITY, out, sizeof out, &nd, &decpt) == K_INVALID);
    CHECK(dtoa_shortest(&heap, NAN, out, sizeof out, &nd, &decpt) == K_INVALID);

    for (size_t i = 0; i < sizeof DIGITS_CASES / sizeof DIGITS_CASES[0]; i++) {
        const DigCase *c = &DIGITS_CASES[i];
        double d = from_bits(c->bits);
        size_t cap = dtoa_digits_cap(d, c->mode, c->nd);
        uint8_t *buf = malloc(cap);
        CHECK(dtoa_digits(&heap, d, c->mode, c->nd, buf, cap, &nd, &decpt) == K_OK);
        bool ok = same_digits(buf, nd, c->digits) && (nd == 0 || decpt == c->decpt);
        CHECK(ok);
        if (!ok) fprintf(stderr, "  digits %.17g %c%d: got %.*s e%d\n", d, c->mode, c->nd, (int)nd, (const char *)buf, decpt);
        CHECK(dtoa_digits(&heap, d, c->mode, c->nd, buf, cap - 1, &nd, &decpt) == K_RANGE);
        free(buf);
    }
    CHECK(dtoa_digits_cap(1.0, 'e', -1) == 0);

    for (size_t i = 0; i < sizeof PARSE / sizeof PARSE[0]; i++) {
        double d = 0;
        const char *t = PARSE[i].text;
        CHECK(dtoa_parse(&heap, (const uint8_t *)t, strlen(t), &d) == K_OK);
        bool ok = to_bits(d) == PARSE[i].bits;
        CHECK(ok);
        if (!ok) fprintf(stderr, "  parse %s: got %.17g\n", t, d);
    }
    const char *bad[] = {"", "+", ".", "e5", "1e", "1e+", "0x10", "inf", "nan", " 1", "1 ", "1_0", "1..2",
                         "--1", "1e5.5", "1.2.3"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double d = 0;
        CHECK(dtoa_parse(&heap, (const uint8_t *)bad[i], strlen(bad[i]), &d) == K_INVALID);
    }
    // a view that is not NUL-terminated: only n bytes are read
    double d = 0;
    CHECK(dtoa_parse(&heap, (const uint8_t *)"1234", 2, &d) == K_OK && d == 12.0);
    return ktest_done();
}
