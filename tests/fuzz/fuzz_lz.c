/*
 * fuzz_lz.c: libFuzzer harness for kernel/lz.c (the SPZ decoder of the frozen standard
 * library) and the build-time minifier and compressor (tools/lzenc.c). The first byte
 * picks the mode:
 *   even: the rest is a stream, decoded into an exactly-sized heap buffer of 4 * byte 1
 *         bytes (ASan catches any access outside it); a success must read every byte;
 *         bit 1 of the first byte: decoded after a dictionary of byte 1 bytes instead
 *         (lz_decode_after, the dictionary being the stream's own first bytes);
 *   odd:  the rest is text: the minifier keeps every newline and never grows it, and the
 *         text and its minified form both round-trip through compressor and decoder.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc \
 *     tests/fuzz/fuzz_lz.c src/kernel/lz.c src/kernel/buf.c src/kernel/heap.c -o fz_lz
 */
#include <stdlib.h>
#include <string.h>

#include "../../tools/lzenc.c"
#include "kernel/lz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t newlines(const uint8_t *p, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += p[i] == '\n';
    return c;
}

static void roundtrip(const uint8_t *p, size_t n) {
    size_t zn;
    uint8_t *z = lzenc_compress(p, n, &zn);
    if (z == NULL) return; // at least LZENC_MAX_INPUT bytes: refused by the compressor
    uint8_t *o = malloc(n + 1);
    BView v = {z, zn};
    if (o == NULL || lz_decode(v, o, n) != K_OK || memcmp(o, p, n) != 0) abort();
    free(o);
    free(z);
    // the second half compressed after the first as its dictionary
    size_t pre = n / 2;
    z = lzenc_compress_pre(p, pre, n, &zn);
    if (z == NULL) return;
    o = malloc(n + 1);
    if (o == NULL) abort();
    memcpy(o, p, pre);
    BView w = {z, zn};
    if (lz_decode_after(w, o, pre, n) != K_OK || memcmp(o, p, n) != 0) abort();
    free(o);
    free(z);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2) return 0;
    const uint8_t *rest = data + 2;
    size_t n = size - 2;
    if ((data[0] & 1) == 0) {
        size_t cap = (size_t)data[1] * 4;
        uint8_t *o = malloc(cap == 0 ? 1 : cap);
        if (o == NULL) abort();
        BView v = {rest, n};
        if (data[0] & 2) {
            size_t pre = data[1] < cap ? data[1] : cap;
            for (size_t i = 0; i < pre; i++) o[i] = i < n ? rest[i] : 0;
            (void)lz_decode_after(v, o, pre, cap);
        } else {
            (void)lz_decode(v, o, cap);
        }
        free(o);
        return 0;
    }
    uint8_t *m = malloc(n + 1);
    if (m == NULL) abort();
    size_t mn = lzenc_minify(rest, n, m);
    if (mn > n || newlines(m, mn) != newlines(rest, n)) abort();
    roundtrip(rest, n);
    roundtrip(m, mn);
    free(m);
    return 0;
}
