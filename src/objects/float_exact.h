/*
 * float_exact.h: exact decimal <-> double conversions in 128-bit integer arithmetic for
 * the common values that the double-arithmetic fast paths (Clinger's) cannot decide: 16
 * and 17 significant digits, as computed floats print (0.30000000000000004,
 * 48.850100000000005). Each returns false when the value is outside the range the 128-bit
 * products cover; the caller then takes kernel/dtoa's big-integer algorithm, which gives
 * the same result.
 */
#ifndef SAFEPY_OBJECTS_FLOAT_EXACT_H
#define SAFEPY_OBJECTS_FLOAT_EXACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Shortest round-trip digits of finite [a] > 0 as dtoa_shortest gives them: digits[0 ..
 * *n - 1] without trailing zeros (*n <= 17), value 0.D * 10^*decpt. Covers normal doubles
 * from about 1.5e-5 up to 2^53. */
bool float_exact_shortest(double a, uint8_t digits[20], size_t *n, int *decpt);

/* The double nearest to [m] / 10^[k] (ties to even), for 1 <= k <= 21 and a quotient
 * between about 0.002 and 2^55. */
bool float_exact_parse(uint64_t m, int k, double *out);

#endif
