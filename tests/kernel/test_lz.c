/*
 * test_lz.c: the SPZ decoder (kernel/lz.c) against the build-time encoder and minifier
 * (tools/lzenc.c). Every kind of input round-trips; a truncated stream, a stream asked
 * for more bytes than it holds, a bad first byte and random garbage are K_INVALID (or,
 * for garbage, at most a clean decode) and never write outside the output; the
 * compressor refuses inputs too large for its distances; a stream compressed after a
 * preset dictionary decodes after it (lz_decode_after, lz_decode_pair_buf) and only
 * after it, its matches reaching into the dictionary but never before it; the minifier
 * removes comments and trailing blanks outside strings only and keeps every newline.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../../tools/lzenc.c"
#include "kernel/lz.h"
#include "ktest.h"

#define GUARD 64

// Decodes z (zn bytes) into a buffer of cap bytes with guard bytes after it; checks the
// guard is intact and returns the status (the decoded bytes go to *outp, malloc'd).
static KStatus decode_guarded(const uint8_t *z, size_t zn, size_t cap, uint8_t **outp) {
    uint8_t *o = malloc(cap + GUARD);
    memset(o, 0xA5, cap + GUARD);
    BView v = {z, zn};
    KStatus s = lz_decode(v, o, cap);
    for (size_t i = 0; i < GUARD; i++) CHECK(o[cap + i] == 0xA5);
    *outp = o;
    return s;
}

static void roundtrip(const uint8_t *src, size_t n, int truncations) {
    size_t zn;
    uint8_t *z = lzenc_compress(src, n, &zn);
    uint8_t *o;
    CHECK(decode_guarded(z, zn, n, &o) == K_OK);
    CHECK(n == 0 || memcmp(o, src, n) == 0);
    free(o);
    // Asked for one byte more than the stream holds: no access outside, and any success
    // still starts with the source.
    if (decode_guarded(z, zn, n + 1, &o) == K_OK) CHECK(n == 0 || memcmp(o, src, n) == 0);
    free(o);
    // A trailing byte is rejected.
    uint8_t *z2 = malloc(zn + 1);
    memcpy(z2, z, zn);
    z2[zn] = 0;
    CHECK(decode_guarded(z2, zn + 1, n, &o) == K_INVALID);
    free(o);
    free(z2);
    if (truncations) {
        for (size_t cut = 0; cut < zn; cut++) {
            CHECK(decode_guarded(z, cut, n, &o) == K_INVALID);
            free(o);
        }
    }
    if (zn > 0) {
        z[0] = 1; // the first byte of a stream is always 0
        CHECK(decode_guarded(z, zn, n, &o) == K_INVALID);
        free(o);
    }
    free(z);
}

// src[0..pre) as a dictionary, src[pre..n) compressed after it: decodes back in place
// (guarded), is refused with a start beyond the capacity, and every truncation and a
// decode with the wrong dictionary length stay inside the buffer.
static void roundtrip_after(const uint8_t *src, size_t pre, size_t n) {
    size_t zn;
    uint8_t *z = lzenc_compress_pre(src, pre, n, &zn);
    CHECK(z != NULL);
    uint8_t *o = malloc(n + GUARD);
    memset(o, 0xA5, n + GUARD);
    memcpy(o, src, pre);
    BView v = {z, zn};
    CHECK(lz_decode_after(v, o, pre, n) == K_OK);
    CHECK(n == 0 || memcmp(o, src, n) == 0);
    for (size_t i = 0; i < GUARD; i++) CHECK(o[n + i] == 0xA5);
    CHECK(lz_decode_after(v, o, n + 1, n) == K_INVALID);
    for (size_t cut = 0; cut < zn; cut += 1 + zn / 50) {
        BView c = {z, cut};
        CHECK(lz_decode_after(c, o, pre, n) == K_INVALID);
    }
    // a shorter dictionary: a match reaching further back than the output start is
    // K_INVALID; otherwise the bytes are wrong but nothing is written outside
    if (pre > 0) {
        KStatus s = lz_decode_after(v, o + 1, pre - 1, n - 1);
        CHECK(s == K_OK || s == K_INVALID);
        s = lz_decode(v, o, n - pre);
        CHECK(s == K_OK || s == K_INVALID);
    }
    for (size_t i = 0; i < GUARD; i++) CHECK(o[n + i] == 0xA5);
    free(o);
    free(z);
}

static uint64_t rng = 88172645463325252ull;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static void check_minify(const char *in, const char *want) {
    size_t n = strlen(in);
    uint8_t *o = malloc(n + 1);
    size_t m = lzenc_minify((const uint8_t *)in, n, o);
    CHECK(m == strlen(want) && memcmp(o, want, m) == 0);
    if (m != strlen(want) || memcmp(o, want, m) != 0) fprintf(stderr, "got [%.*s]\n", (int)m, (char *)o);
    free(o);
}

int main(void) {
    // Round trips: empty, tiny, runs, text, every byte value, random bytes, long runs.
    roundtrip((const uint8_t *)"", 0, 1);
    roundtrip((const uint8_t *)"a", 1, 1);
    roundtrip((const uint8_t *)"ab", 2, 1);
    const char *text = "def f(x):\n    return x + 1\n\ndef g(x):\n    return x + 2\n\nclass C:\n    pass\n";
    roundtrip((const uint8_t *)text, strlen(text), 1);
    uint8_t all[512];
    for (size_t i = 0; i < sizeof all; i++) all[i] = (uint8_t)(i * 7);
    roundtrip(all, sizeof all, 1);
    size_t big = 200000;
    uint8_t *b = malloc(big);
    memset(b, 'x', big); // matches longer than LZ_MAX_LEN
    roundtrip(b, big, 0);
    for (size_t i = 0; i < big; i++) b[i] = (uint8_t)rnd();
    roundtrip(b, big, 0);
    for (size_t i = 0; i < big; i++) b[i] = (uint8_t)"abcd \n"[rnd() % 6];
    roundtrip(b, big, 0);
    for (int t = 0; t < 200; t++) {
        size_t n = rnd() % 300;
        for (size_t i = 0; i < n; i++) b[i] = (uint8_t)(rnd() % (1 + t % 5 * 60));
        roundtrip(b, n, 1);
    }

    // Preset dictionaries (the frozen sources are compressed after their code).
    {
        const char *dict = "class C:\n    def method(self, x):\n        return x\n";
        const char *data = "def method(self, y):\n    return C().method(y)\n";
        size_t dn = strlen(dict), an = strlen(data);
        uint8_t *joined = malloc(dn + an);
        memcpy(joined, dict, dn);
        memcpy(joined + dn, data, an);
        roundtrip_after(joined, dn, dn + an);
        roundtrip_after(joined, 0, dn + an);
        roundtrip_after(joined, dn + an, dn + an); // nothing after the dictionary
        size_t zn1, zn2;
        uint8_t *z1 = lzenc_compress(joined, dn + an, &zn1);
        uint8_t *z2 = lzenc_compress_pre(joined, dn, dn + an, &zn2);
        CHECK(zn2 < zn1 - dn / 2); // the dictionary's words are matched, not spelled
        free(z1);
        free(z2);
        free(joined);
        uint8_t *r = malloc(4000);
        for (int t = 0; t < 100; t++) {
            size_t n = rnd() % 4000, pre = n > 0 ? rnd() % n : 0;
            for (size_t i = 0; i < n; i++) r[i] = (uint8_t)(rnd() % (1 + t % 4 * 80));
            roundtrip_after(r, pre, n);
        }
        free(r);
    }

    // Garbage never writes past the output; most of it is rejected.
    int rejected = 0;
    for (int t = 0; t < 2000; t++) {
        size_t zn = 1 + rnd() % 64, cap = rnd() % 100;
        for (size_t i = 0; i < zn; i++) b[i] = (uint8_t)rnd();
        b[0] = 0;
        uint8_t *o;
        rejected += decode_guarded(b, zn, cap, &o) == K_INVALID;
        free(o);
    }
    CHECK(rejected > 1000);
    free(b);

    // The compressor refuses an input whose distances the gamma coder cannot express
    // (2^24 bytes and more) instead of writing past its model.
    uint8_t *huge = calloc(LZENC_MAX_INPUT, 1);
    CHECK(huge != NULL);
    size_t hn = 0;
    CHECK(lzenc_compress(huge, LZENC_MAX_INPUT, &hn) == NULL);
    free(huge);

    // lz_decode_buf: into a heap buffer; K_INVALID passes through.
    size_t size = (size_t)16 << 20;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED);
    Heap *h = calloc(1, sizeof *h);
    CHECK(heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    size_t zn;
    uint8_t *z = lzenc_compress((const uint8_t *)text, strlen(text), &zn);
    Buf out;
    BView zv = {z, zn};
    CHECK(lz_decode_buf(h, zv, strlen(text), &out) == K_OK);
    CHECK(out.len == strlen(text) && memcmp(out.data, text, out.len) == 0);
    CHECK(lz_decode_buf(h, zv, strlen(text) - 1, &out) == K_INVALID);
    free(z);
    z = lzenc_compress((const uint8_t *)"", 0, &zn);
    BView ev = {z, zn};
    CHECK(lz_decode_buf(h, ev, 0, &out) == K_OK && out.len == 0);
    CHECK(lz_decode_buf(h, ev, 1, &out) == K_INVALID);
    free(z);
    // lz_decode_pair_buf: a code blob, then a source compressed after it
    {
        const char *first = "names: alpha beta gamma delta\n";
        size_t n1 = strlen(first), n2 = strlen(text);
        uint8_t *joined = malloc(n1 + n2);
        memcpy(joined, first, n1);
        memcpy(joined + n1, text, n2);
        size_t z1n, z2n;
        uint8_t *z1 = lzenc_compress(joined, n1, &z1n);
        uint8_t *z2 = lzenc_compress_pre(joined, n1, n1 + n2, &z2n);
        BView v1 = {z1, z1n}, v2 = {z2, z2n};
        CHECK(lz_decode_pair_buf(h, v1, n1, v2, n2, &out) == K_OK);
        CHECK(out.len == n1 + n2 && memcmp(out.data, joined, n1 + n2) == 0);
        CHECK(lz_decode_pair_buf(h, v1, n1, v2, n2 + 1, &out) == K_INVALID);
        CHECK(lz_decode_pair_buf(h, v2, n1, v1, n2, &out) == K_INVALID);
        CHECK(lz_decode_pair_buf(h, v1, n1, v2, SIZE_MAX, &out) == K_OVERFLOW);
        free(z1);
        free(z2);
        free(joined);
    }
    free(h);
    munmap(region, size);

    // Minifier: comments and trailing blanks go, strings and newlines stay.
    check_minify("x = 1  # one\n# whole line\n\ny = 2   \n", "x = 1\n\n\ny = 2\n");
    check_minify("s = '# not a comment'  # but this is\n", "s = '# not a comment'\n");
    check_minify("s = \"a\\\"#b\" # c\n", "s = \"a\\\"#b\"\n");
    check_minify("d = '''doc # kept   \n  more  '''  # gone\n", "d = '''doc # kept   \n  more  '''\n");
    check_minify("d = \"\"\"x\"y\"\"\" # z", "d = \"\"\"x\"y\"\"\"");
    check_minify("t = r'\\'' # c\n", "t = r'\\''\n");
    check_minify("f = f\"{a['#']}\" #\n", "f = f\"{a['#']}\"\n");
    check_minify("x = 1 + \\\n    2 # c\n", "x = 1 + \\\n    2\n");
    check_minify("u = 'open\n# c\n", "u = 'open\n\n");
    return ktest_done();
}
