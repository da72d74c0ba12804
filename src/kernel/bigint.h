/*
 * bigint.h: arbitrary-precision magnitudes: the limb arithmetic under Python's int.
 *
 * A magnitude is an array of 32-bit limbs, least significant first, with an explicit
 * length: (const uint32_t *a, size_t na). High zero limbs are allowed on input; every
 * function that produces a magnitude reports its normalised length (no high zero limb;
 * zero has length 0). Results go to caller-provided arrays of a stated capacity, usually
 * from big_alloc (a HEAP_RAW chunk). A capacity that is too small gives K_RANGE and
 * leaves the result unspecified but in bounds; nothing here writes past a capacity or
 * reads past a length.
 *
 * Aliasing: unless a contract says otherwise, a result array must not overlap an input.
 * Signs are the caller's business, except in big_bitop, which works on two's complement
 * views of sign-magnitude operands.
 *
 * The only libm functions used are ldexp/frexp-free bit manipulation (none): conversion
 * to and from double is done on the IEEE bits.
 */
#ifndef SAFEPY_KERNEL_BIGINT_H
#define SAFEPY_KERNEL_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "kstatus.h"

/*@ // The normalised length of a magnitude (big_norm's result) in the ACSL contracts.
    logic integer big_norm_l{L}(uint32_t *a, integer n) =
      n <= 0 ? 0 : (a[n-1] != 0 ? n : big_norm_l(a, n-1)); */

/* Largest limb count any magnitude may have (keeps bit counts and byte sizes in range). */
#define BIG_MAX_LIMBS (SIZE_MAX / 64)

/* Operand counts at or above which multiplication uses Karatsuba. */
#define BIG_KARATSUBA_CUTOFF 48

/*@ requires n >= 1 && n <= BIG_MAX_LIMBS;
    assigns \nothing;
    ensures \result == \null || \valid(\result + (0 .. n-1));
    ensures \result != \null ==> \forall integer i; 0 <= i < n ==> \result[i] == 0; */
/* A zeroed HEAP_RAW limb array of [n] limbs; NULL when n is 0, too large, or the heap is
 * exhausted. */
uint32_t *big_alloc(Heap *h, size_t n);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing;
    ensures \result <= na;
#ifdef FRAMAC_WP
    ensures \result == 0 || a[\result-1] != 0;
#endif
*/
/* Length of [a] without its high zero limbs. */
size_t big_norm(const uint32_t *a, size_t na);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing;
#ifdef FRAMAC_WP
    ensures i < na ==> \result == a[i];
    ensures i >= na ==> \result == 0;
#endif
*/
/* Limb [i] of [a], 0 beyond its length. */
static inline uint32_t big_limb(const uint32_t *a, size_t na, size_t i) {
    if (i >= na) return 0;
    return a[i];
}

/*@ requires \valid(a + (0 .. na-1));
    assigns a[i];
#ifdef FRAMAC_WP
    ensures i < na ==> \result == K_OK && a[i] == x;
    ensures i >= na ==> \result == K_RANGE;
#endif
*/
/* Stores [x] at limb [i] of [a] (capacity [na]). */
static inline KStatus big_set_limb(uint32_t *a, size_t na, size_t i, uint32_t x) {
    if (K_FAILS(i >= na)) return K_RANGE;
    a[i] = x;
    return K_OK;
}

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1));
    assigns r[0 .. nr-1];
#ifdef FRAMAC_WP
    ensures \result == K_OK <==> big_norm_l(a, na) <= nr;
#endif
*/
/* Copies [a] into [r] (capacity nr) and zero-fills the rest; [r] may equal [a]. */
KStatus big_copy(uint32_t *r, size_t nr, const uint32_t *a, size_t na);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid_read(b + (0 .. nb-1));
    assigns \nothing;
    ensures \result == -1 || \result == 0 || \result == 1; */
/* Compares magnitudes: -1 (a < b), 0, 1. */
int big_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1))
             && \valid_read(b + (0 .. nb-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn;
    ensures nr > na && nr > nb ==> \result == K_OK; */
/* r = a + b. Needs nr > max(na, nb). [r] may be exactly [a] or [b]. */
K_MUST KStatus big_add(uint32_t *r, size_t nr, const uint32_t *a, size_t na, const uint32_t *b,
                       size_t nb, size_t *rn);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1))
             && \valid_read(b + (0 .. nb-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* r = a - b for a >= b (K_RANGE when a < b). Needs nr >= norm(a). [r] may be exactly [a]
 * or [b]. */
K_MUST KStatus big_sub(uint32_t *r, size_t nr, const uint32_t *a, size_t na, const uint32_t *b,
                       size_t nb, size_t *rn);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* r = a * m + add. Needs nr > norm(a). [r] may be exactly [a]. */
K_MUST KStatus big_mul_small(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint32_t m,
                             uint32_t add, size_t *rn);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1))
             && \valid_read(b + (0 .. nb-1)) && \valid(rn);
    requires \separated(r + (0 .. nr-1), a + (0 .. na-1), b + (0 .. nb-1));
    assigns r[0 .. nr-1], *rn; */
/* r = a * b. Needs nr >= norm(a) + norm(b). Schoolbook below BIG_KARATSUBA_CUTOFF limbs,
 * Karatsuba above (scratch from [h]; K_NOMEM when it cannot be had). */
K_MUST KStatus big_mul(Heap *h, uint32_t *r, size_t nr, const uint32_t *a, size_t na,
                       const uint32_t *b, size_t nb, size_t *rn);

/*@ requires \valid(q + (0 .. nq-1)) && \valid_read(a + (0 .. na-1)) && \valid(rem)
             && \valid(qn);
    assigns q[0 .. nq-1], *rem, *qn;
    ensures d == 0 ==> \result == K_RANGE; */
/* q = a / d, *rem = a % d for d != 0. Needs nq >= norm(a). [q] may be exactly [a]. */
K_MUST KStatus big_divmod_small(uint32_t *q, size_t nq, const uint32_t *a, size_t na, uint32_t d,
                                uint32_t *rem, size_t *qn);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing; */
/* a % d for d != 0 (0 when d == 0). */
uint32_t big_mod_small(const uint32_t *a, size_t na, uint32_t d);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid_read(b + (0 .. nb-1));
    requires q == \null || \valid(q + (0 .. nq-1));
    requires r == \null || \valid(r + (0 .. nr-1));
    requires \valid(qn) && \valid(rn);
    assigns q[0 .. nq-1], r[0 .. nr-1], *qn, *rn; */
/* Knuth's algorithm D: q = a / b, r = a % b for b != 0 (K_RANGE when b is zero). [q] needs
 * nq >= norm(a) - norm(b) + 1 (or 1), [r] needs nr >= norm(b); either may be NULL when
 * not wanted. Scratch comes from [h]. Results must not overlap the inputs. */
K_MUST KStatus big_divmod(Heap *h, uint32_t *q, size_t nq, uint32_t *r, size_t nr,
                          const uint32_t *a, size_t na, const uint32_t *b, size_t nb, size_t *qn,
                          size_t *rn);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* r = a << bits. Needs nr >= norm(a) + bits/32 + 1 (when a != 0). */
K_MUST KStatus big_shl(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint64_t bits,
                       size_t *rn);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1)) && \valid(rn)
             && \valid(lost);
    assigns r[0 .. nr-1], *rn, *lost; */
/* r = a >> bits; *lost tells whether any 1 bit was shifted out. Needs nr >= norm(a) -
 * bits/32 (or 0 limbs when everything is shifted out; nr may then be anything). [r] may
 * be exactly [a]. */
K_MUST KStatus big_shr(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint64_t bits,
                       size_t *rn, bool *lost);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing; */
/* Number of significant bits of [a] (0 for zero). */
uint64_t big_bit_length(const uint32_t *a, size_t na);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing; */
/* Number of 1 bits of [a]. */
uint64_t big_popcount(const uint32_t *a, size_t na);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing; */
/* Bit [i] of [a] (0 beyond). */
int big_bit(const uint32_t *a, size_t na, uint64_t i);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing; */
/* True when any of the low [bits] bits of [a] is set. */
bool big_low_bits_nonzero(const uint32_t *a, size_t na, uint64_t bits);

/* Bitwise operators for big_bitop. */
typedef enum { BIG_AND = 0, BIG_OR = 1, BIG_XOR = 2 } BigBitOp;

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(a + (0 .. na-1))
             && \valid_read(b + (0 .. nb-1)) && \valid(rneg) && \valid(rn);
    assigns r[0 .. nr-1], *rneg, *rn; */
/* (sign a, |a|) OP (sign b, |b|) with Python's infinite two's complement semantics; the
 * result is written as sign (*rneg) and magnitude. Needs nr > max(na, nb). [r] may be
 * exactly [a] or [b]. */
K_MUST KStatus big_bitop(uint32_t *r, size_t nr, const uint32_t *a, size_t na, bool aneg,
                         const uint32_t *b, size_t nb, bool bneg, BigBitOp op, bool *rneg,
                         size_t *rn);

/*@ assigns \nothing; */
/* Upper bound on the digits of an [na]-limb magnitude in [base] (2..36); 0 on overflow. */
size_t big_text_size(size_t na, unsigned base);

/*@ assigns \nothing; */
/* Upper bound on the limbs of a [nd]-digit number in [base] (2..36); 0 on overflow. */
size_t big_limbs_for_digits(size_t nd, unsigned base);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid(out + (0 .. cap-1)) && \valid(len);
    assigns out[0 .. cap-1], *len; */
/* Writes the digits of [a] in [base] (2..36; lowercase letters; "0" for zero; no sign or
 * prefix) to [out] (capacity [cap], see big_text_size). Base 10 uses scratch from [h]
 * (quadratic: repeated division by 10**9); powers of two read the bits directly. */
K_MUST KStatus big_to_text(Heap *h, const uint32_t *a, size_t na, unsigned base, uint8_t *out,
                           size_t cap, size_t *len);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(text + (0 .. nt-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* Parses [nt] digit characters ('0'-'9', 'a'-'z', 'A'-'Z', each below [base], 2..36; no
 * sign, prefix or underscore) into [r] (capacity from big_limbs_for_digits). K_INVALID on
 * a bad character. */
K_MUST KStatus big_from_text(uint32_t *r, size_t nr, const uint8_t *text, size_t nt,
                             unsigned base, size_t *rn);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid(out);
    assigns *out;
    ensures \result == K_OK || \result == K_OVERFLOW; */
/* The double nearest to [a] (ties to even); K_OVERFLOW when it exceeds the double range. */
K_MUST KStatus big_to_double(const uint32_t *a, size_t na, double *out);

/*@ assigns \nothing; */
/* Limbs needed for the integer part of |d| (d finite; at least 1). */
size_t big_limbs_for_double(double d);

/*@ requires \valid(r + (0 .. nr-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* r = trunc(|d|) for finite [d] (K_INVALID for inf/nan). */
K_MUST KStatus big_from_double(uint32_t *r, size_t nr, double d, size_t *rn);

/*@ requires \valid_read(a + (0 .. na-1));
    assigns \nothing;
    ensures \result < 0x1FFFFFFFFFFFFFFF; */
/* a mod (2**61 - 1): the core of Python's numeric hash. */
uint64_t big_mod_mersenne61(const uint32_t *a, size_t na);

/*@ requires \valid(r + (0 .. nr-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* Stores [x] as a magnitude (nr >= 2). */
K_MUST KStatus big_from_u64(uint32_t *r, size_t nr, uint64_t x, size_t *rn);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid(out);
    assigns *out; */
/* The magnitude as uint64; false when it needs more than 64 bits. */
bool big_to_u64(const uint32_t *a, size_t na, uint64_t *out);

/*@ requires \valid(r + (0 .. nr-1)) && \valid_read(bytes + (0 .. n-1)) && \valid(rn);
    assigns r[0 .. nr-1], *rn; */
/* r = the unsigned integer whose [n] bytes are [bytes] (big-endian when [big], else
 * little-endian). Needs nr >= (n + 3) / 4. */
K_MUST KStatus big_from_bytes(uint32_t *r, size_t nr, const uint8_t *bytes, size_t n, bool big,
                              size_t *rn);

/*@ requires \valid_read(a + (0 .. na-1)) && \valid(out + (0 .. n-1));
    assigns out[0 .. n-1]; */
/* Writes the low 8*[n] bits of [a] as [n] bytes (big- or little-endian). K_OVERFLOW when
 * [a] does not fit in n bytes (the low n bytes are written all the same). */
K_MUST KStatus big_to_bytes(const uint32_t *a, size_t na, uint8_t *out, size_t n, bool big);

/*@ requires \valid(a + (0 .. na-1));
    assigns a[0 .. na-1]; */
/* Replaces the [na]-limb array [a] with its two's complement modulo 2**(32*na). */
void big_negate_twos(uint32_t *a, size_t na);

#endif
