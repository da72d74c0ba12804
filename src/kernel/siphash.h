/*
 * siphash.h: SipHash (Aumasson & Bernstein), the keyed hash of str and bytes. A secret
 * per-interpreter key makes hash flooding (many keys forced into one dict slot)
 * impractical for an attacker who cannot read the key.
 *
 * SipHash-1-3 is what CPython 3.11 uses for str/bytes; SipHash-2-4 is the reference
 * variant with published test vectors (both share one implementation).
 *
 * Invariant: reads only key.p[0 .. min(key.n, 16) - 1] and msg.p[0 .. msg.n - 1].
 */
#ifndef SAFEPY_KERNEL_SIPHASH_H
#define SAFEPY_KERNEL_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SIPHASH_KEY_LEN 16

/*@ requires key.n == 0 || \valid_read(key.p + (0 .. key.n - 1));
    requires msg.n == 0 || \valid_read(msg.p + (0 .. msg.n - 1));
    assigns \nothing; */
/* SipHash-1-3 of [msg] under the 16-byte [key] (a shorter key is padded with zero
 * bytes, extra bytes are ignored). */
uint64_t siphash13(BView key, BView msg);

/* SipHash-2-4 of [msg] under [key] (same key rules). */
uint64_t siphash24(BView key, BView msg);

#endif
