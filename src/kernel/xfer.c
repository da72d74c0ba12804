/*
 * xfer.c: view-to-raw-buffer copies (xfer.h). Invariant: at most [cap] bytes are written.
 */
#include "xfer.h"

#include <string.h>

size_t xfer_to_raw(uint8_t *dst, size_t cap, BView src) {
    size_t n = src.n < cap ? src.n : cap;
    if (n > 0) memcpy(dst, src.p, n);
    return n;
}
