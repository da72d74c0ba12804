/*
 * xfer.c: view-to-raw-buffer copies (xfer.h). Invariant: at most [cap] bytes are written.
 */
#include "xfer.h"

size_t xfer_to_raw(uint8_t *dst, size_t cap, BView src) {
    size_t n = src.n < cap ? src.n : cap;
    // A byte loop, not memcpy: WP's typed memory model cannot relate memcpy's char *
    // contract to uint8_t buffers (tests/verify/wp_small.c); gcc turns it into a memcpy.
    /*@ loop invariant 0 <= i <= n;
        loop assigns i, dst[0 .. n-1];
        loop variant n - i; */
    for (size_t i = 0; i < n; i++) dst[i] = src.p[i];
    return n;
}
