/*
 * fuzz_utf8.c: libFuzzer harness for kernel/utf8.c and kernel/unicode.c. Checks, on any
 * byte string: the ASCII fast path agrees with a byte loop; strict validation agrees with
 * step-by-step decoding (same error position) and valid text re-encodes to the same bytes;
 * internal-text navigation (get/advance/prev/offset/count) stays in bounds and is
 * self-consistent even on malformed input; case mappings stay within U+10FFFF.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc \
 *     tests/fuzz/fuzz_utf8.c src/kernel/utf8.c src/kernel/unicode.c \
 *     src/kernel/unicode_db.c src/kernel/buf.c src/kernel/heap.c -o fz_utf8
 *   ./fz_utf8 -max_total_time=60 -error_exitcode=77
 */
#include <stdlib.h>
#include <string.h>

#include "kernel/unicode.h"
#include "kernel/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    BView v = {data, size};
    bool ascii = true;
    for (size_t i = 0; i < size; i++) ascii = ascii && data[i] < 0x80;
    if (utf8_is_ascii(v) != ascii) abort();

    size_t nchars, epos, elen;
    Utf8Err e = utf8_validate(v, &nchars, &epos, &elen);
    // Step-by-step strict decoding must stop at the same place.
    size_t i = 0, count = 0;
    Utf8Err first = UTF8_OK;
    size_t first_pos = 0, first_len = 0;
    while (i < size) {
        uint32_t cp;
        size_t len;
        Utf8Err d = utf8_decode_strict(v, i, &cp, &len);
        if (len == 0 || len > size - i) abort();
        if (d != UTF8_OK) {
            first = d;
            first_pos = i;
            first_len = len;
            break;
        }
        if (cp > UTF8_MAX_CP || utf8_is_surrogate(cp)) abort();
        uint8_t enc[4];
        size_t n = utf8_encode(cp, enc);
        if (n != len || memcmp(enc, data + i, n) != 0) abort();
        uint32_t m[UNICODE_MAX_MAP];
        size_t k = unicode_to_upper(cp, m);
        if (k < 1 || k > UNICODE_MAX_MAP) abort();
        for (size_t j = 0; j < k; j++) {
            if (m[j] > UTF8_MAX_CP) abort();
        }
        i += len;
        count++;
    }
    if (e != first) abort();
    if (e == UTF8_OK) {
        if (nchars != count || utf8_count(v) != count || !utf8_is_internal(v)) abort();
    } else if (epos != first_pos || elen != first_len) {
        abort();
    }

    // Navigation on arbitrary (possibly malformed) bytes stays in bounds.
    size_t off = 0, steps = 0;
    while (off < size) {
        size_t len;
        (void)utf8_get(v, off, &len);
        if (len == 0 || len > size - off) abort();
        size_t next = utf8_advance(v, off, 1);
        if (next <= off || next > size) abort();
        if (utf8_prev(v, next) > next) abort();
        off = next;
        if (++steps > size) abort();
    }
    size_t back = size;
    steps = 0;
    while (back > 0) {
        size_t p = utf8_prev(v, back);
        if (p >= back) abort();
        back = p;
        if (++steps > size) abort();
    }
    if (utf8_offset(v, size + 1) != size) abort();
    return 0;
}
