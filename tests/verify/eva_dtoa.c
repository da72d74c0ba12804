/*
 * eva_dtoa.c: Frama-C Eva driver for the parts of kernel/dtoa.c an Eva run can afford.
 * The exact conversions (exact_digits, round_at, digits_to_double, dtoa_parse's digit
 * loops) run big-integer loops whose trip counts depend on the exponent (up to 767
 * digits, 96 limbs): out of reach here (tests/verify/unproved.txt). What is driven:
 *  - dtoa_round_scaled (the IEEE bit assembly under float parsing) on every q >= 2**55
 *    (its precondition), either sticky bit and every exponent in [-1300, 1300], split
 *    into ranges so that overflow, normal, subnormal and underflow results stay apart;
 *  - dtoa_digits_cap on any double, mode byte and int64_t digit count;
 *  - dtoa_digits and dtoa_shortest with outputs too small for their arguments: refused
 *    before any conversion (runs is_finite/bits_of on any double).
 * Not reached: abs_of and every path that converts. Eva reads the bits of a double
 * stored by memcpy (bits_of) as an imprecise integer, so even +-0 and +-inf, which need
 * no conversion, reach exact_digits in an Eva run (tried in session 13).
 * Run: sh tools/verify.sh eva_dtoa (every unit) or eva_dtoa.NAME (one)
 */
#include <float.h>

#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/dtoa.h"

#define C 3

static Heap heap;

/* One exponent range of dtoa_round_scaled. */
static void round_scaled_in(int64_t lo, int64_t hi) {
    uint64_t q = Frama_C_unsigned_long_interval(UINT64_C(1) << 55, UINT64_MAX);
    int64_t e = Frama_C_long_interval(lo, hi);
    (void)dtoa_round_scaled(q, Frama_C_nondet(0, 1), e);
}

static void t_round_scaled(void) {
    round_scaled_in(-1300, -1140); // below the smallest subnormal
    round_scaled_in(-1139, -1075); // subnormal results
    round_scaled_in(-1074, -1000);
    round_scaled_in(-999, 0);
    round_scaled_in(1, 960);       // normal results
    round_scaled_in(961, 1300);    // overflow to inf
}

/* dtoa_digits_cap on any double, mode byte and digit count; dtoa_digits and
 * dtoa_shortest with any double and every output too small for the arguments (0..C bytes;
 * DTOA_SHORTEST_CAP - 1): refused before any conversion, whatever the double. */
static void t_digits(void) {
    double d = Frama_C_double_interval(-DBL_MAX, DBL_MAX);
    int64_t nds = Frama_C_long_interval(INT64_MIN, INT64_MAX);
    char mode = (char)Frama_C_interval(-128, 127);
    size_t need = dtoa_digits_cap(d, mode, nds);
    //@ assert need == 0 || need >= 16;
    size_t cap;
    uint8_t *out;
    cap = Frama_C_size_t_interval(0, C);
    //@ split cap;
    out = malloc(cap > 0 ? cap : 1);
    if (out == NULL) return;
    size_t nd;
    int decpt;
    KStatus s = dtoa_digits(&heap, d, mode, nds, out, cap, &nd, &decpt);
    //@ assert refused: s == K_RANGE || s == K_INVALID;
    free(out);
    out = malloc(DTOA_SHORTEST_CAP - 1);
    if (out == NULL) return;
    s = dtoa_shortest(&heap, d, out, DTOA_SHORTEST_CAP - 1, &nd, &decpt);
    //@ assert refused_shortest: s == K_RANGE;
    free(out);
}

/* The gate units (eva_unit.h). */
EVA_UNIT(eva_dtoa, round_scaled, t_round_scaled())
EVA_UNIT(eva_dtoa, digits, t_digits())
