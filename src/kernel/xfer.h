/*
 * xfer.h: copying checked views into caller-supplied raw buffers, for host-table
 * callbacks that must fill a (pointer, length) destination (Host.random, Host.fread)
 * from a value that crossed the enclave boundary. Invariant: never writes past the
 * capacity it is given.
 */
#ifndef SAFEPY_KERNEL_XFER_H
#define SAFEPY_KERNEL_XFER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*@ requires cap == 0 || \valid(dst + (0 .. cap-1));
    requires src.n == 0 || \valid_read(src.p + (0 .. src.n-1));
    assigns dst[0 .. cap-1];
    ensures \result == (src.n < cap ? src.n : cap); */
/* Copies the first min(src.n, cap) bytes of [src] to dst; returns the count. */
size_t xfer_to_raw(uint8_t *dst, size_t cap, BView src);

#endif
