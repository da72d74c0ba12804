/*
 * eva_bigint.c: Frama-C Eva driver for the limb functions of kernel/bigint.c. Operands of
 * every length 0..N limbs holding unknown values (so every normalised length, carry and
 * borrow), each its own object of exactly that many limbs, and results of every capacity
 * 0..N+1 (too small ones must give K_RANGE, never a write past the capacity): big_norm,
 * big_cmp, big_copy, big_add, big_sub (also in place), big_mul_small, schoolbook big_mul,
 * big_divmod_small, big_mod_small, big_shl/big_shr by every bit count up to 2 limbs and
 * by huge counts, big_bit_length, big_popcount, big_bit, big_low_bits_nonzero,
 * big_mod_mersenne61, big_bitop/big_negate_twos with either sign, the text sizes for any
 * length and base, big_from_u64/big_to_u64, big_from_bytes/big_to_bytes, big_to_double
 * (up to 4 limbs) and big_from_double (any finite double). Karatsuba, big_divmod and the
 * text conversions are not driven yet: fuzz_bigint and tests/kernel cover them
 * (tests/verify/unproved.txt, docs/notes/verify12.md).
 * Run: sh tools/verify.sh eva_bigint (every unit) or eva_bigint.NAME (one)
 */
#include <float.h>

#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/bigint.h"

#define N 3

static Heap heap;

/* One abstract state per size (macros, as in eva_buf.c). */
#define ANY_SIZE(max) ((size_t)Frama_C_interval_split(0, (int)(max)))

/* An operand of every length 0..max with unknown limbs, exactly that many limbs. */
#define ANY_MAG(a, na, max)                                                               \
    size_t na = ANY_SIZE(max);                                                            \
    uint32_t *a = malloc(na > 0 ? na * sizeof(uint32_t) : 1);                             \
    if (a == NULL) return;                                                                \
    Frama_C_make_unknown((char *)a, na > 0 ? na * sizeof(uint32_t) : 1)

/* A result array of every capacity 0..max, exactly that many limbs. */
#define ANY_RES(r, nr, max)                                                               \
    size_t nr = ANY_SIZE(max);                                                            \
    uint32_t *r = malloc(nr > 0 ? nr * sizeof(uint32_t) : 1);                             \
    if (r == NULL) return

static void t_unary(void) {
    ANY_MAG(a, na, N);
    size_t n = big_norm(a, na);
    //@ assert n <= na;
    (void)big_bit_length(a, na);
    (void)big_popcount(a, na);
    uint64_t bit = Frama_C_unsigned_long_long_interval(0, UINT64_MAX);
    (void)big_bit(a, na, bit);
    (void)big_low_bits_nonzero(a, na, bit);
    uint64_t m = big_mod_mersenne61(a, na);
    //@ assert m < 0x1FFFFFFFFFFFFFFF;
    uint32_t d = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    (void)big_mod_small(a, na, d);
    (void)big_limb(a, na, (size_t)Frama_C_interval_split(0, N + 1));
    (void)big_limb(a, na, SIZE_MAX);
}

static void t_copy(void) {
    ANY_MAG(a, na, N);
    ANY_RES(r, nr, N);
    (void)big_copy(r, nr, a, na);
    (void)big_copy(a, na, a, na);
    (void)big_set_limb(r, nr, (size_t)Frama_C_interval_split(0, N + 1), 5);
    (void)big_set_limb(r, nr, SIZE_MAX, 5);
}

static void t_add(void) {
    ANY_MAG(a, na, N);
    ANY_MAG(b, nb, 2);
    ANY_RES(r, nr, N + 1);
    size_t rn;
    if (big_add(r, nr, a, na, b, nb, &rn) == K_OK) {
        //@ assert rn <= nr;
    }
    (void)big_cmp(a, na, b, nb);
}

static void t_add_inplace(void) {
    ANY_MAG(a, na, N);
    ANY_MAG(b, nb, 2);
    size_t rn;
    (void)big_add(a, na, a, na, b, nb, &rn);
}

static void t_sub(void) {
    ANY_MAG(a, na, N);
    ANY_MAG(b, nb, 2);
    ANY_RES(r, nr, N);
    size_t rn;
    if (big_sub(r, nr, a, na, b, nb, &rn) == K_OK) {
        //@ assert rn <= nr;
    }
    (void)big_sub(a, na, a, na, b, nb, &rn);
}

static void t_mul_small(void) {
    ANY_MAG(a, na, N);
    ANY_RES(r, nr, N + 1);
    size_t rn;
    uint32_t m = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    uint32_t add = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    (void)big_mul_small(r, nr, a, na, m, add, &rn);
    (void)big_mul_small(a, na, a, na, m, add, &rn);
}

static void t_mul(void) {
    ANY_MAG(a, na, 2);
    ANY_MAG(b, nb, 2);
    ANY_RES(r, nr, 4);
    size_t rn;
    (void)big_mul(&heap, r, nr, a, na, b, nb, &rn);
}

static void t_divmod_small(void) {
    ANY_MAG(a, na, N);
    ANY_RES(q, nq, N);
    // d == 0 in its own state: the contract's "d == 0 ==> K_RANGE" is checked against
    // the value on entry, which the function's own test cannot narrow
    uint32_t d;
    d = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    //@ split d == 0;
    uint32_t rem;
    size_t qn;
    (void)big_divmod_small(q, nq, a, na, d, &rem, &qn);
    (void)big_divmod_small(a, na, a, na, d, &rem, &qn);
}

/* Shifts by every bit count up to 2 limbs (left, right) and by huge counts: three units,
 * as the states of one feed the next (5,400 of them after the right shift). */
#define SHIFT_OPERANDS                                                                    \
    ANY_MAG(a, na, 2);                                                                    \
    ANY_RES(r, nr, 4);                                                                    \
    size_t rn;                                                                            \
    bool lost

static void t_shift_left(void) {
    SHIFT_OPERANDS;
    (void)big_shl(r, nr, a, na, (uint64_t)Frama_C_interval_split(0, 66), &rn);
}

static void t_shift_right(void) {
    SHIFT_OPERANDS;
    (void)big_shr(r, nr, a, na, (uint64_t)Frama_C_interval_split(0, 66), &rn, &lost);
}

static void t_shift_huge(void) {
    SHIFT_OPERANDS;
    uint64_t huge = UINT64_MAX - Frama_C_unsigned_long_long_interval(0, 1u << 20);
    (void)big_shl(r, nr, a, na, huge, &rn);
    (void)big_shr(r, nr, a, na, huge, &rn, &lost);
}

/* big_negate_twos in place on operands of 0..2 limbs, then two's-complement AND/OR/XOR
 * (the operation joined: split, with the operands, capacities and signs, the states at
 * the call passed the slevel and were joined, losing na's relation to a's size) of
 * operands of 0..2 limbs with either sign, into results of every capacity 0..4 (too
 * small: K_RANGE). */
static void t_bitop(void) {
    ANY_MAG(a, na, 2);
    ANY_MAG(b, nb, 2);
    big_negate_twos(b, nb);
    ANY_RES(r, nr, 4);
    bool aneg = Frama_C_interval(0, 1), bneg = Frama_C_interval(0, 1), rneg;
    BigBitOp op = (BigBitOp)Frama_C_interval(0, 2);
    size_t rn;
    if (big_bitop(r, nr, a, na, aneg, b, nb, bneg, op, &rneg, &rn) == K_OK) {
        //@ assert rn <= nr;
    }
}

/* Text sizes for any length (huge ones included) and any base. */
static void t_text_size(void) {
    size_t n = Frama_C_size_t_interval(0, SIZE_MAX);
    unsigned base = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    (void)big_text_size(n, base);
    (void)big_limbs_for_digits(n, base);
}

/* Doubles: operands of 0..4 limbs to double (up to 128 bits: operands of 33 limbs and
 * more would reach the intended overflow to infinity, which Eva reports as a non-finite
 * float alarm), any finite double to limbs of every capacity 0..N+1. */
static void t_double(void) {
    ANY_MAG(a, na, 4);
    double d;
    (void)big_to_double(a, na, &d);
    double x = Frama_C_double_interval(-DBL_MAX, DBL_MAX);
    (void)big_limbs_for_double(x);
    ANY_RES(r, nr, N + 1);
    size_t rn;
    if (big_from_double(r, nr, x, &rn) == K_OK) {
        //@ assert rn <= nr;
    }
}

/* Machine words: any uint64_t into results of 0..N limbs and back from operands of 0..N
 * limbs. */
static void t_words(void) {
    ANY_MAG(a, na, N);
    ANY_RES(r, nr, N);
    size_t rn;
    if (big_from_u64(r, nr, Frama_C_unsigned_long_long_interval(0, UINT64_MAX), &rn) == K_OK) {
        //@ assert rn <= nr;
    }
    uint64_t v;
    (void)big_to_u64(a, na, &v);
}

/* [n] = 0..9 unknown bytes, an object of exactly n bytes (one for 0). */
#define ANY_BYTES(p, n)                                                                   \
    size_t n = ANY_SIZE(9);                                                               \
    uint8_t *p = malloc(n > 0 ? n : 1);                                                   \
    if (p == NULL) return;                                                                \
    Frama_C_make_unknown((char *)p, n > 0 ? n : 1)

/* Byte strings of 0..9 unknown bytes (either order) into results of 0..N limbs. */
static void t_from_bytes(void) {
    ANY_BYTES(bytes, n);
    ANY_RES(r, nr, N);
    size_t rn;
    if (big_from_bytes(r, nr, bytes, n, Frama_C_interval(0, 1), &rn) == K_OK) {
        //@ assert rn <= nr;
    }
}

/* Operands of 0..N limbs into byte outputs of every size 0..9 (either order). */
static void t_to_bytes(void) {
    ANY_MAG(a, na, N);
    ANY_BYTES(out, n);
    (void)big_to_bytes(a, na, out, n, Frama_C_interval(0, 1));
}

/* The gate units (eva_unit.h), one per group of functions. */
EVA_UNIT(eva_bigint, unary, t_unary())
EVA_UNIT(eva_bigint, copy, t_copy())
EVA_UNIT(eva_bigint, add, t_add())
EVA_UNIT(eva_bigint, add_inplace, t_add_inplace())
EVA_UNIT(eva_bigint, sub, t_sub())
EVA_UNIT(eva_bigint, mul_small, t_mul_small())
EVA_UNIT(eva_bigint, mul, t_mul())
EVA_UNIT(eva_bigint, divmod_small, t_divmod_small())
EVA_UNIT(eva_bigint, shift_left, t_shift_left())
EVA_UNIT(eva_bigint, shift_right, t_shift_right())
EVA_UNIT(eva_bigint, shift_huge, t_shift_huge())
EVA_UNIT(eva_bigint, bitop, t_bitop())
EVA_UNIT(eva_bigint, text_size, t_text_size())
EVA_UNIT(eva_bigint, double, t_double())
EVA_UNIT(eva_bigint, words, t_words())
EVA_UNIT(eva_bigint, from_bytes, t_from_bytes())
EVA_UNIT(eva_bigint, to_bytes, t_to_bytes())
