/*
 * dtoa.h: double <-> decimal text, the primitives under float repr, format and float().
 *
 * Digits are produced as in David Gay's dtoa: a string of decimal digits D (no sign, no
 * point, no leading zero, trailing zeros removed) and an exponent decpt such that the
 * value is 0.D * 10**decpt. Zero gives D = "0", decpt = 1. Formatting them into "1e+16",
 * "0.001", "1.5000" ... is the objects layer's job.
 *
 * Everything is exact and done here with the bigint module (no C library): a double is
 * m * 2**e, whose decimal expansion (at most 767 significant digits) is computed exactly
 * and rounded half-even; text is read back by exact big division with a sticky bit.
 */
#ifndef SAFEPY_KERNEL_DTOA_H
#define SAFEPY_KERNEL_DTOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "kstatus.h"

/* Room dtoa_shortest needs in [out]. */
#define DTOA_SHORTEST_CAP 32

/*@ requires \valid(out + (0 .. cap-1)) && \valid(nd) && \valid(decpt);
    assigns out[0 .. cap-1], *nd, *decpt; */
/* The shortest digits that read back as |d| (finite), the nearest such when there are
 * several, as repr(float) needs. K_RANGE when cap < DTOA_SHORTEST_CAP, K_INVALID for
 * inf/nan, K_NOMEM when the heap cannot give the scratch space. */
K_MUST KStatus dtoa_shortest(Heap *h, double d, uint8_t *out, size_t cap, size_t *nd, int *decpt);

/*@ assigns \nothing; */
/* Room dtoa_digits needs in its output for these arguments; 0 when too large. */
size_t dtoa_digits_cap(double d, char mode, int64_t ndigits);

/*@ requires \valid(out + (0 .. cap-1)) && \valid(nd) && \valid(decpt);
    assigns out[0 .. cap-1], *nd, *decpt; */
/* |d| (finite) correctly rounded (ties to even on the exact binary value) to [ndigits]
 * significant digits ([mode] 'e', ndigits >= 1) or to [ndigits] digits after the point
 * ([mode] 'f', ndigits >= 0). When 'f' rounds to zero, D is empty (*nd == 0) and decpt
 * is 0. [cap] must be at least dtoa_digits_cap(...). */
K_MUST KStatus dtoa_digits(Heap *h, double d, char mode, int64_t ndigits, uint8_t *out,
                           size_t cap, size_t *nd, int *decpt);

/*@ requires \valid_read(text + (0 .. n-1)) && \valid(out);
    assigns *out; */
/* Parses [n] bytes of the form [+-]digits[.digits][(e|E)[+-]digits] (at least one digit
 * in the mantissa; no spaces, underscores, inf or nan) to the nearest double, ties to
 * even; overflow gives +-inf and underflow +-0 as float() does. K_INVALID on any other
 * text; K_NOMEM when the heap cannot give the scratch space. */
K_MUST KStatus dtoa_parse(Heap *h, const uint8_t *text, size_t n, double *out);

/*@ assigns \nothing; */
/* The double nearest to q * 2**e (q >= 2**55), where [sticky] says the exact value lies
 * strictly above q * 2**e (by less than 2**e): ties to even, subnormals, +inf on
 * overflow. Pure integer arithmetic on the IEEE bits. */
double dtoa_round_scaled(uint64_t q, bool sticky, int64_t e);

#endif
