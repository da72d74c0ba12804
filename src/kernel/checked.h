/*
 * checked.h: size and integer arithmetic that reports overflow instead of wrapping.
 *
 * Every size computed anywhere in safepy goes through these (DESIGN.md "Sizes"). They
 * are written as range comparisons, not with compiler builtins, so Frama-C can prove
 * them (VERIFY.md rule 2). Each returns true and stores the result on success, false
 * (leaving *out untouched) on overflow. An overflow here is a normal outcome (`[0] * 2**62`
 * reaches vec_repeat's size_mul: MemoryError), so these tests are never marked K_FAILS
 * (kcheck.h): the measurement build must not assume them away.
 */
#ifndef SAFEPY_KERNEL_CHECKED_H
#define SAFEPY_KERNEL_CHECKED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> a <= SIZE_MAX - b;
    ensures \result ==> *out == a + b; */
#endif
static inline bool size_add(size_t a, size_t b, size_t *out) {
    if (a > SIZE_MAX - b) return false;
    *out = a + b;
    return true;
}

#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> (a == 0 || b <= SIZE_MAX / a);
    ensures \result ==> *out == a * b; */
#endif
static inline bool size_mul(size_t a, size_t b, size_t *out) {
    if (a != 0 && b > SIZE_MAX / a) return false;
    *out = a * b;
    return true;
}

#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result ==> *out == a + b; */
#endif
static inline bool i64_add(int64_t a, int64_t b, int64_t *out) {
    if (b > 0 && a > INT64_MAX - b) return false;
    if (b < 0 && a < INT64_MIN - b) return false;
    *out = a + b;
    return true;
}

#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result ==> *out == a - b; */
#endif
static inline bool i64_sub(int64_t a, int64_t b, int64_t *out) {
    if (b < 0 && a > INT64_MAX + b) return false;
    if (b > 0 && a < INT64_MIN + b) return false;
    *out = a - b;
    return true;
}

#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result ==> *out == a * b; */
#endif
static inline bool i64_mul(int64_t a, int64_t b, int64_t *out) {
    if (a == 0 || b == 0) { *out = 0; return true; }
    if (a == -1) { if (b == INT64_MIN) return false; *out = -b; return true; }
    if (b == -1) { if (a == INT64_MIN) return false; *out = -a; return true; }
    if (a > 0) {
        if (b > 0) { if (a > INT64_MAX / b) return false; }
        else { if (b < INT64_MIN / a) return false; }
    } else {
        if (b > 0) { if (a < INT64_MIN / b) return false; }
        else { if (b < INT64_MAX / a) return false; }
    }
    *out = a * b;
    return true;
}

/* Converts a non-negative int64 [a] to size_t; false when negative. */
#ifdef FRAMAC_WP /* proved by wp_checked; Eva cannot re-check relational posts */
/*@ requires \valid(out);
    assigns *out;
    ensures \result <==> a >= 0;
    ensures \result ==> *out == a; */
#endif
static inline bool size_from_i64(int64_t a, size_t *out) {
    if (a < 0) return false;
    if ((uint64_t)a > (uint64_t)SIZE_MAX) return false;
    *out = (size_t)a;
    return true;
}

#endif
